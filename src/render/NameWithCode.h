#pragma once

// How every view and the command line name a profile: "Japan (JPN)", but
// "European Union (EU-27)" as it is, since its name already shows its code.
// One rule and one translatable pattern for the application's tables and
// headings, the country brief and the CLI's output.

#include <QString>

namespace aisov::render {

// Whether `name` already shows `code`: the code's letters and digits,
// ignoring case, are one or more whole words of the name. Words are
// separated by spaces, brackets and other punctuation; '-', '.', '_', '\'',
// '&' and '+' join (and are ignored), so "European Union (EU-27)" shows
// EU27 and "Korea, Rep. (kor)" shows KOR, while "France" does not show FRA
// nor "European Union (EU-27)" EU.
bool nameShowsCode(const QString& name, const QString& code);

// "name (code)" (translatable, context NameWithCode), or the name alone
// when it already shows the code (nameShowsCode) or there is no code, or
// the code alone when the name is empty.
QString nameWithCode(const QString& name, const QString& code);

} // namespace aisov::render
