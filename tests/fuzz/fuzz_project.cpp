// Fuzzes the project file reader (Project::load) and the save/load round trip of what it
// accepted: a project that opens must save to JSON that opens as the same project.
#include "core/error.h"
#include "core/project.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.worksmap.json"));
    Project project;
    try {
        project = Project::load(path);
    } catch (const Error&) {
        return 0; // refused with a message: what a damaged file should get
    }
    try {
        const Project again = Project::fromJson(project.toJson(), path);
        fuzz::require(again.toJson() == project.toJson(), "saved project reads back the same");
    } catch (const Error& e) {
        std::fprintf(stderr, "fuzz: the saved project does not read back: %s\n",
                     qPrintable(e.message()));
        std::abort();
    }
    return 0;
}
