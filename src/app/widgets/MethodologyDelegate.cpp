#include "MethodologyDelegate.h"

#include "AppStrings.h"
#include "models/MethodologyModel.h"

#include "aisov/Methodology.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

namespace {

bool isChoice(int column)
{
    return column == MethodologyModel::DirectionColumn ||
           column == MethodologyModel::TransformColumn;
}

bool isGoalpost(int column)
{
    return column == MethodologyModel::LowColumn || column == MethodologyModel::HighColumn;
}

} // namespace

QWidget* MethodologyDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    const int column = index.column();
    if (column == MethodologyModel::DirectionColumn) {
        auto* choice = new QComboBox(parent);
        for (const auto direction : {aisov::Direction::Higher, aisov::Direction::Lower})
            choice->addItem(MethodologyModel::directionText(static_cast<int>(direction)),
                            static_cast<int>(direction));
        return choice;
    }
    if (column == MethodologyModel::TransformColumn) {
        auto* choice = new QComboBox(parent);
        for (const auto transform : {aisov::Transform::Linear, aisov::Transform::Log})
            choice->addItem(MethodologyModel::transformText(static_cast<int>(transform)),
                            static_cast<int>(transform));
        return choice;
    }
    if (isGoalpost(column))
        return new QLineEdit(parent);
    if (column == MethodologyModel::WeightColumn || column == MethodologyModel::ThresholdColumn) {
        auto* spin = new QDoubleSpinBox(parent);
        const bool weight = column == MethodologyModel::WeightColumn;
        spin->setRange(0.0, weight ? 1000.0 : 100.0);
        spin->setDecimals(weight ? 2 : 1);
        spin->setSingleStep(weight ? 0.1 : 5.0);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MethodologyDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* choice = qobject_cast<QComboBox*>(editor); choice && isChoice(index.column()))
        choice->setCurrentIndex(choice->findData(value.toInt()));
    else if (auto* line = qobject_cast<QLineEdit*>(editor); line && isGoalpost(index.column()))
        line->setText(app::formatValue(value.toDouble()));
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
        spin->setValue(value.toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void MethodologyDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* choice = qobject_cast<QComboBox*>(editor); choice && isChoice(index.column())) {
        model->setData(index, choice->currentData());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor); line && isGoalpost(index.column())) {
        // Text that is not a number goes as it is: the model refuses it, with the reason.
        const auto number = app::parseLocaleNumber(line->text());
        model->setData(index, number ? QVariant(*number) : QVariant(line->text()));
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
