#pragma once

// Presentation mode: the spectrum of the chosen profiles full screen, at
// slide-size type, revealed one step at a time with the arrow keys (a
// profile with a scenario takes two steps: before, then after); Esc leaves.

#include "ChartData.h"

#include <QWidget>

#include <cstddef>
#include <vector>

class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `chart` holds the profiles in the order they are revealed.
    explicit PresentationWindow(aisov::render::ChartData chart, QWidget* parent = nullptr);

    int stepCount() const { return static_cast<int>(m_steps.size()); }
    int currentStep() const { return m_step; } // 0: the first profile shown
    void showStep(int step);
    // What the current step shows: the first profiles, the last one perhaps
    // without its scenario yet.
    aisov::render::ChartData visibleChart() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Step
    {
        std::size_t profiles = 0; // shown: the first `profiles`
        bool lastWithScenario = false;
    };

    aisov::render::ChartData m_chart;
    std::vector<Step> m_steps;
    int m_step = 0;
};
