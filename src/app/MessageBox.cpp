#include "MessageBox.h"

namespace {

std::deque<MessageBox::Button>& nextAnswers()
{
    static std::deque<MessageBox::Button> answers;
    return answers;
}

QString& lastShownTitle()
{
    static QString title;
    return title;
}

QString& lastShownText()
{
    static QString text;
    return text;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                    const QString& text, const QString& details,
                                    QMessageBox::StandardButtons buttons, Button defaultButton)
{
    lastShownTitle() = title;
    lastShownText() = text;
    if (!nextAnswers().empty()) {
        const Button answer = nextAnswers().front();
        nextAnswers().pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& details)
{
    return show(QMessageBox::Critical, parent, title, text, details, QMessageBox::Ok,
                QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       const QString& details)
{
    return show(QMessageBox::Warning, parent, title, text, details, QMessageBox::Ok,
                QMessageBox::Ok);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, {}, QMessageBox::Ok,
                QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, {}, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswers() = {button};
}

void MessageBox::addNextAnswer(Button button)
{
    nextAnswers().push_back(button);
}

QString MessageBox::lastTitle()
{
    return lastShownTitle();
}

QString MessageBox::lastText()
{
    return lastShownText();
}
