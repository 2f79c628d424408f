#pragma once

// Every dialog question and message of the application goes through here,
// so that a test can set the next answer and never block on a modal dialog
// (as KeePassXC's MessageBox).

#include <QMessageBox>
#include <QString>

#include <deque>

class QWidget;

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& details = {});
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          const QString& details = {});
    static Button information(QWidget* parent, const QString& title, const QString& text);
    // Yes / No (or `buttons`), with `defaultButton` focused.
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                  QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // Tests: the next dialog is not shown and answers `button` (any answers
    // set before are dropped).
    static void setNextAnswer(Button button);
    // Tests: the dialog after those already answered answers `button` too
    // (a question, then the message that follows it).
    static void addNextAnswer(Button button);
    // Tests: what the last dialog said (title and text), shown or answered.
    static QString lastTitle();
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                       const QString& text, const QString& details,
                       QMessageBox::StandardButtons buttons, Button defaultButton);
};
