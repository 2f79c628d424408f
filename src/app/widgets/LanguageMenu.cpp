#include "LanguageMenu.h"

#include "AppLanguage.h"
#include "Config.h"
#include "MessageBox.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = app::languageSetting();
    for (const QString& language : app::languageChoices()) {
        QAction* action = addAction(app::nativeLanguageName(language));
        action->setObjectName(QStringLiteral("language-") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
        if (language == QLatin1String("system"))
            addSeparator();
    }
}

QAction* LanguageMenu::actionFor(const QString& language) const
{
    for (QAction* action : m_group->actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

void LanguageMenu::choose(const QString& language)
{
    if (language == app::languageSetting())
        return;
    Config::instance().set(ConfigKey::Language, language);
    MessageBox::information(parentWidget(), tr("Language"),
                            tr("The new language applies the next time AI Sovereignty Spectrum "
                               "starts."));
}
