#pragma once

// Asks for the id, version and label under which the edited methodology is
// stored, and stores it on Save. What the core or the store refuses (an
// empty id, a version already stored with other content: a stored version
// never changes) is shown in place and the dialog stays open.

#include <QDialog>

class QLabel;
class QLineEdit;
class Session;

class SaveMethodologyDialog : public QDialog
{
    Q_OBJECT

public:
    SaveMethodologyDialog(Session& session, QWidget* parent);

    QString id() const;
    QString version() const;
    QString label() const;

    void accept() override;
    // Why the last Save was refused; empty when nothing was refused.
    QString problem() const;

private:
    QString suggestedVersion() const;

    Session& m_session;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_version = nullptr;
    QLineEdit* m_label = nullptr;
    QLabel* m_problem = nullptr;
};
