#pragma once

// Asks for a snapshot's label and takes the snapshot of one profile. A
// label the store refuses is shown in place with the store's reason, and
// the dialog stays open to correct it.

#include <QDialog>

#include <cstdint>

class QLabel;
class QLineEdit;
class Session;

class TakeSnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    TakeSnapshotDialog(Session& session, const QString& code, QWidget* parent);

    void setLabel(const QString& label);
    // Takes the snapshot; on success closes, else shows why and stays open.
    void accept() override;
    // The id of the snapshot taken; 0 before one was.
    std::int64_t snapshotId() const { return m_snapshotId; }
    QString problem() const;

private:
    Session& m_session;
    QString m_code;
    QLineEdit* m_label = nullptr;
    QLabel* m_problem = nullptr;
    std::int64_t m_snapshotId = 0;
};
