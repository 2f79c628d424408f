#pragma once

// View → Language: System / English / 한국어, one checked. Choosing one
// stores the Language setting and says that it applies at the next start
// (views are built translated; AppLanguage.h).

#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The action of a language setting value ("system", "en", "ko").
    QAction* actionFor(const QString& language) const;

private:
    void choose(const QString& language);

    QActionGroup* m_group = nullptr;
};
