#pragma once

#include <QColor>
#include <QToolButton>

namespace wm {

/// A button showing a colour (a red stroke across it for none); a click opens the colour
/// dialog, with transparency.
class ColorButton : public QToolButton {
    Q_OBJECT
public:
    explicit ColorButton(const QColor& color, QWidget* parent = nullptr);

    QColor color() const { return mColor; }
    /// Shows `color`; emits colorChanged when it differs.
    void setColor(const QColor& color);

Q_SIGNALS:
    void colorChanged(const QColor& color);

private:
    void choose();

    QColor mColor;
};

} // namespace wm
