#include <QApplication>

#include <gtest/gtest.h>

// Tests run with a QApplication (offscreen): rendering uses QFont/QPainter, and charts are
// QCustomPlot widgets, which need a QApplication even when they are never shown.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
