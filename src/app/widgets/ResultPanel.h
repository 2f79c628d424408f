#pragma once

// The live result of one profile: overall score and band on the spectrum,
// the pillar radar, the six requirements met or not, coverage (what lacks
// data) and the points per indicator that add up to the score.

#include <QWidget>

class ChartView;
class ExplanationModel;
class QLabel;
class QTableView;
class RequirementsModel;
class Session;

class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(Session& session, QWidget* parent = nullptr);

    void setProfileCode(const QString& code);

    ChartView* spectrumView() const { return m_spectrum; }
    ChartView* radarView() const { return m_radar; }

private:
    void refresh();
    QString coverageText() const;

    Session& m_session;
    QString m_code;
    QLabel* m_score = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_coverage = nullptr;
    ChartView* m_spectrum = nullptr;
    ChartView* m_radar = nullptr;
    RequirementsModel* m_requirements = nullptr;
    ExplanationModel* m_explanation = nullptr;
    QTableView* m_requirementsView = nullptr;
    QTableView* m_explanationView = nullptr;
};
