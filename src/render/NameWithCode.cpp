#include "NameWithCode.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <string>
#include <vector>

namespace aisov::render {

namespace {

bool joinsWords(char32_t character)
{
    return character == U'-' || character == U'.' || character == U'_' || character == U'\'' ||
           character == U'&' || character == U'+';
}

// The letters and digits of a text, case-folded, and where its words start
// and end in them (word boundaries, ascending, the start and end included).
struct Folded
{
    std::u32string letters;
    std::vector<std::size_t> boundaries{0};
};

Folded folded(const QString& text)
{
    Folded result;
    for (const char32_t character : text.toUcs4()) {
        if (QChar::isLetterOrNumber(character))
            result.letters.push_back(QChar::toCaseFolded(character));
        else if (!joinsWords(character) && result.boundaries.back() != result.letters.size())
            result.boundaries.push_back(result.letters.size());
    }
    if (result.boundaries.back() != result.letters.size())
        result.boundaries.push_back(result.letters.size());
    return result;
}

} // namespace

bool nameShowsCode(const QString& name, const QString& code)
{
    const std::u32string wanted = folded(code).letters;
    if (wanted.empty())
        return false;
    const Folded words = folded(name);
    const auto& bounds = words.boundaries;
    for (const std::size_t start : bounds) {
        if (start + wanted.size() > words.letters.size())
            break;
        if (words.letters.compare(start, wanted.size(), wanted) == 0 &&
            std::binary_search(bounds.begin(), bounds.end(), start + wanted.size()))
            return true;
    }
    return false;
}

QString nameWithCode(const QString& name, const QString& code)
{
    if (name.trimmed().isEmpty())
        return code;
    if (code.trimmed().isEmpty() || nameShowsCode(name, code))
        return name;
    //: A profile's name and its code, as in "Japan (JPN)".
    return QCoreApplication::translate("NameWithCode", "%1 (%2)").arg(name, code);
}

} // namespace aisov::render
