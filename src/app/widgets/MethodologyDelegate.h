#pragma once

// Editors of the methodology tree: spin boxes for weights and thresholds,
// a choice for direction and transform, a line edit for goalposts (any
// magnitude, in the user's locale). What is typed goes to the model, which
// hands it to the Session: the core decides what is valid.

#include <QStyledItemDelegate>

class MethodologyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};
