#include "app/app_setup.h"
#include "app/main_window.h"
#include "core/error.h"
#include "core/process_memory.h"
#include "core/resource_paths.h"
#include "io/gdal_messages.h"

#include <QApplication>
#include <QDebug>
#include <QMessageBox>

int main(int argc, char** argv)
{
    wm::configureProcessMemory();
    QApplication app(argc, argv);
    wm::setUpApplication(app);
    // GDAL's stray messages summarised on the console, never raw bytes of a broken file;
    // what a read or write reports itself reaches the user in a dialog.
    const wm::gdal::MessageSink gdalMessages(
        [](const QString& line) { qWarning().noquote() << line; });
    wm::RoleRegistry roles;
    try {
        roles = wm::RoleRegistry::load(wm::layerRolesDir());
    } catch (const wm::Error& e) {
        QMessageBox::critical(nullptr, QObject::tr("WorksMap cannot start"), e.message());
        return 2;
    }
    wm::MainWindow window(std::move(roles));
    window.show();
    const QStringList args = app.arguments();
    if (args.size() > 1)
        window.openPath(args.at(1));
    return app.exec();
}
