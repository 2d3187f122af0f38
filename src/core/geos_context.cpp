#include "core/geos_context.h"

#include <cstdarg>
#include <cstdio>
#include <string>

namespace wm {

namespace {
struct ThreadContext {
    GEOSContextHandle_t handle = nullptr;
    std::string lastError;

    ThreadContext()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(
            handle,
            [](const char* message, void* userdata) {
                static_cast<ThreadContext*>(userdata)->lastError = message;
            },
            this);
        // GEOS notices (e.g. "Self-intersection at ...") are answers to questions we ask
        // through isValid; they are not to be printed.
        GEOSContext_setNoticeMessageHandler_r(
            handle, [](const char*, void*) {}, nullptr);
    }
    ~ThreadContext() { GEOS_finish_r(handle); }
};

ThreadContext& threadContext()
{
    thread_local ThreadContext context;
    return context;
}
} // namespace

GEOSContextHandle_t geosContext()
{
    return threadContext().handle;
}

const char* lastGeosError()
{
    return threadContext().lastError.c_str();
}

void GeosGeometryDeleter::operator()(GEOSGeometry* g) const
{
    if (g)
        GEOSGeom_destroy_r(geosContext(), g);
}

} // namespace wm
