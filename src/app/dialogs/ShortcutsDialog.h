#pragma once

// Help > Keyboard Shortcuts: the shortcuts of the window's menus
// (ShortcutModel) in a table, and the keys that belong to no menu (the
// chart's menu, editing a value, the presentation) below it.

#include <QDialog>

class QMenuBar;
class ShortcutModel;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent);

    const ShortcutModel* model() const { return m_model; }

private:
    ShortcutModel* m_model = nullptr;
};
