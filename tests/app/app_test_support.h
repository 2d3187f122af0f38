#pragma once

// What the QtTest files of tests/app share (each is its own executable, so header-only).

#include "app/map_document.h"
#include "core/role_registry.h"
#include "io/project_opener.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

namespace wm::apptest {

/// Hand-made layers in metres (EPSG:4547) as GeoJSON text: origin (X0, Y0), positions in km.
constexpr double X0 = 500000, Y0 = 4100000;

inline QString geojson(const QString& features)
{
    return QStringLiteral(R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4547"}},
 "features": [%1]})")
        .arg(features);
}

inline QString point(double xKm, double yKm, const QString& properties)
{
    return QStringLiteral(R"({"type": "Feature", "properties": {%1},
 "geometry": {"type": "Point", "coordinates": [%2, %3]}})")
        .arg(properties)
        .arg(X0 + xKm * 1000, 0, 'f', 1)
        .arg(Y0 + yKm * 1000, 0, 'f', 1);
}

/// A document holding the bundled Xingtai demo project, as the app opens it.
inline std::unique_ptr<MapDocument> demoDocument(const RoleRegistry& roles)
{
    auto doc = std::make_unique<MapDocument>(roles);
    doc->setProject(std::make_shared<LoadedProject>(openProjectOrDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"), roles)));
    return doc;
}

/// Closes, every 50 ms, the warning boxes a widget opens with open() (not waited on), so
/// a test of an error path runs on instead of leaving a box up.
class MessageBoxCloser {
public:
    MessageBoxCloser()
    {
        QObject::connect(&mTimer, &QTimer::timeout, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                    box->done(QMessageBox::Ok);
        });
        mTimer.start(50);
    }

private:
    QTimer mTimer;
};

/// Runs `handle` on each modal window that opens while it lives (polled every 20 ms), so a
/// test can answer a form or a dialog that the code under test exec()s.
class ModalHandler {
public:
    explicit ModalHandler(std::function<void(QWidget*)> handle) : mHandle(std::move(handle))
    {
        QObject::connect(&mTimer, &QTimer::timeout, [this] {
            QWidget* w = QApplication::activeModalWidget();
            if (!w || w == mBusy)
                return;
            mBusy = w;
            ++mCount;
            mHandle(w);
            mBusy = nullptr;
        });
        mTimer.start(20);
    }
    int count() const { return mCount; }

private:
    std::function<void(QWidget*)> mHandle;
    QTimer mTimer;
    QWidget* mBusy = nullptr;
    int mCount = 0;
};

} // namespace wm::apptest
