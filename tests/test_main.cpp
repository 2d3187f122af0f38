#include <QGuiApplication>

#include <gtest/gtest.h>

// Tests run with a QGuiApplication (offscreen) because rendering uses QFont/QPainter.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
