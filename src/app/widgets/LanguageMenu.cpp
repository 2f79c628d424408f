#include "LanguageMenu.h"

#include "AppLanguage.h"
#include "Config.h"
#include "MessageBox.h"

#include <QActionGroup>

namespace {

// Each language is named in itself, so that a user who cannot read the
// current one still finds theirs.
QString nativeName(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return LanguageMenu::tr("System Language");
}

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = app::languageSetting();
    for (const QString& language : app::languageChoices()) {
        QAction* action = addAction(nativeName(language));
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
