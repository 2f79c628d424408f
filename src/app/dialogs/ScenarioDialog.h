#pragma once

// Asks for a scenario's name and description (new scenario), a name alone
// (rename, duplicate) or a snapshot's label (freeze). An empty name is
// refused in place; whatever else is wrong the Session refuses on accept's
// caller side, shown by the panel.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Fields
    {
        NameAndDescription,
        NameOnly
    };

    ScenarioDialog(const QString& title, const QString& nameLabel, Fields fields, QWidget* parent);

    void setInitial(const QString& name, const QString& description = {});
    QString name() const;
    QString description() const;

    void accept() override;

private:
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
};
