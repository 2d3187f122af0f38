#pragma once

#include <QListWidget>

namespace wm {

struct LoadedProject;

/// The project's layers, topmost (drawn last) first, with visibility check boxes.
/// Unavailable layers are listed greyed, with the reason as tooltip.
class LayerList : public QListWidget {
    Q_OBJECT
public:
    explicit LayerList(QWidget* parent = nullptr);
    void showProject(const LoadedProject* project);

Q_SIGNALS:
    /// The user ticked or unticked the layer with project index `layerIndex`.
    void visibilityChanged(int layerIndex, bool visible);

private:
    bool mFilling = false;
};

} // namespace wm
