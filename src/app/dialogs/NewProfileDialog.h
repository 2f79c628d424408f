#pragma once

// Asks for the code, name and kind of a new profile (or of a duplicate).

#include "aisov/Profile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Session;

class NewProfileDialog : public QDialog
{
    Q_OBJECT

public:
    NewProfileDialog(const Session& session, const QString& title, QWidget* parent);

    void setInitial(const QString& code, const QString& name, aisov::ProfileKind kind);
    void setKindEditable(bool editable);
    QString code() const;
    QString name() const;
    aisov::ProfileKind kind() const;

    void accept() override;
    // Why the code, name and kind cannot make a profile; empty when they can.
    QString attributeProblem() const;

private:
    const Session& m_session;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_problem = nullptr;
};
