#pragma once

// The partner finder for the current profile: every other profile ranked by
// what pooling with it would add, and which requirements the pair would
// meet together. "Build a bloc" opens the bloc builder with the pair.

#include <QString>
#include <QWidget>

class PartnerModel;
class QLabel;
class RefreshWhenShown;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Session;

class PartnersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPanel(Session& session, QWidget* parent = nullptr);

    void setCode(const QString& code);
    PartnerModel* partnerModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    // The partner on the selected row (empty when none).
    QString selectedPartner() const;

Q_SIGNALS:
    // The user asked for a bloc of these members.
    void blocRequested(const QStringList& members);

private:
    void updateHeading();

    Session& m_session;
    PartnerModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_buildBloc = nullptr;
    RefreshWhenShown* m_refresh = nullptr;
    QString m_code; // the profile whose partners are asked for
};
