#include "JsonReader.h"

#include "aisov/ValueCheck.h"

#include <cmath>
#include <vector>

namespace aisov::detail {

namespace {

std::string lineAndColumn(const std::string& text, std::size_t byteOffset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < byteOffset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

const char* typeName(const nlohmann::json& node)
{
    switch (node.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

// The reason nlohmann gives, without its "[json.exception...] " prefix and
// its own position text.
std::string shortReason(const std::string& message)
{
    std::string reason = message;
    const auto bracket = reason.find("] ");
    if (bracket != std::string::npos)
        reason = reason.substr(bracket + 2);
    const auto colon = reason.find(": ");
    if (reason.rfind("parse error", 0) == 0 && colon != std::string::npos)
        reason = reason.substr(colon + 2);
    return reason;
}

// The first number literal of a valid JSON `text` (from `offset`) that
// parseNumber refuses, with its offset: nlohmann reads "1e-400" as 0
// silently, where every other input path refuses it.
std::optional<std::pair<std::string, std::size_t>> refusedNumber(const std::string& text,
                                                                 std::size_t offset)
{
    const auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    for (std::size_t i = offset; i < text.size(); ++i) {
        if (text[i] == '"') {
            // Skip the string; a backslash escapes the next character.
            for (++i; i < text.size() && text[i] != '"'; ++i)
                i += text[i] == '\\' ? 1 : 0;
            continue;
        }
        // A number starts with a digit or '-'; the 'e' of "true" starts none.
        if (!((text[i] >= '0' && text[i] <= '9') || text[i] == '-'))
            continue;
        std::size_t end = i;
        while (end < text.size() && isNumberChar(text[end]))
            ++end;
        std::string token = text.substr(i, end - i);
        if (!parseNumber(token))
            return std::pair{std::move(token), i};
        i = end - 1;
    }
    return std::nullopt;
}

struct DuplicateKey
{
    std::string key;
};
struct TooDeep
{};

// Builds the document like nlohmann's own DOM parser and refuses, as it
// goes, duplicate keys and nesting deeper than kMaxJsonDepth. A SAX
// handler rather than parse()'s callback: the callback's copy of every key
// and a std::set of keys per object made up a fifth of reading a large
// profiles file (issue 18).
class StrictDomBuilder
{
public:
    using Json = nlohmann::json;

    explicit StrictDomBuilder(Json& root)
        : m_root(root)
    {}

    // A number nlohmann accepts but parseNumber refuses ("1e-400") was seen.
    bool sawRefusedNumber() const { return m_sawRefusedNumber; }

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(Json::number_integer_t value) { return add(value); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(value); }
    bool number_float(Json::number_float_t value, const std::string& literal)
    {
        // Whole numbers that fit come as integers, which parseNumber takes.
        m_sawRefusedNumber = m_sawRefusedNumber || !parseNumber(literal);
        return add(value);
    }
    bool string(std::string& value) { return add(std::move(value)); }
    bool binary(Json::binary_t& value) { return add(std::move(value)); }

    bool start_object(std::size_t /*size*/) { return open(Json::value_t::object); }
    bool start_array(std::size_t /*size*/) { return open(Json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name)
    {
        // One lookup, and the key moved in: try_emplace leaves `name` as
        // it was when the key is there already.
        auto& members = m_open.back()->get_ref<Json::object_t&>();
        const auto [member, inserted] = members.try_emplace(std::move(name), nullptr);
        if (!inserted)
            throw DuplicateKey{name};
        m_member = &member->second;
        return true;
    }

    template <class Exception>
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/, const Exception& error)
    {
        throw error; // the exception nlohmann's DOM parser throws
    }

private:
    // Places `value` in the open array or at the key just read.
    template <class Value>
    Json* place(Value&& value)
    {
        if (m_open.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        if (m_open.back()->is_array()) {
            m_open.back()->push_back(Json(std::forward<Value>(value)));
            return &m_open.back()->back();
        }
        *m_member = Json(std::forward<Value>(value));
        return m_member;
    }
    template <class Value>
    bool add(Value&& value)
    {
        place(std::forward<Value>(value));
        return true;
    }
    bool open(Json::value_t type)
    {
        if (static_cast<int>(m_open.size()) >= kMaxJsonDepth)
            throw TooDeep{};
        m_open.push_back(place(type));
        return true;
    }
    bool close()
    {
        m_open.pop_back();
        return true;
    }

    Json& m_root;
    std::vector<Json*> m_open; // the arrays and objects not yet closed
    Json* m_member = nullptr;
    bool m_sawRefusedNumber = false;
};

} // namespace

nlohmann::json parseJsonDocument(const std::string& text, const std::string& sourceName)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(sourceName, "", {InputProblem::FileEmpty});
    std::size_t offset = 0;
    // A UTF-8 byte order mark is harmless; skip it.
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        offset = 3;

    nlohmann::json document;
    StrictDomBuilder builder(document);
    try {
        nlohmann::json::sax_parse(text.begin() + static_cast<std::ptrdiff_t>(offset), text.end(),
                                  &builder, nlohmann::json::input_format_t::json, true, false);
    } catch (const nlohmann::json::parse_error& error) {
        throw InputError(sourceName, lineAndColumn(text, offset + error.byte - (error.byte > 0)),
                         {InputProblem::JsonSyntax, {shortReason(error.what())}});
    } catch (const DuplicateKey& duplicate) {
        throw InputError(sourceName, "", {InputProblem::JsonDuplicateKey, {duplicate.key}});
    } catch (const TooDeep&) {
        throw InputError(sourceName, "",
                         {InputProblem::JsonTooDeep, {std::to_string(kMaxJsonDepth)}});
    } catch (const nlohmann::json::out_of_range& error) {
        // nlohmann reports an overflowing number ("1e999") without a position:
        // find the token it names to tell the user where it is.
        const std::string message = error.what();
        const auto open = message.find('\'');
        const auto close = message.rfind('\'');
        std::string where;
        if (open != std::string::npos && close > open) {
            const std::string token = message.substr(open + 1, close - open - 1);
            const auto at = text.find(token);
            if (at != std::string::npos)
                where = lineAndColumn(text, at);
            throw InputError(sourceName, where, {InputProblem::NumberTooLarge, {token}});
        }
        throw InputError(sourceName, where, {InputProblem::JsonSyntax, {shortReason(message)}});
    } catch (const nlohmann::json::exception& error) {
        throw InputError(sourceName, "", {InputProblem::JsonSyntax, {error.what()}});
    }
    if (!builder.sawRefusedNumber())
        return document;
    if (const auto refused = refusedNumber(text, offset)) // where it is
        throw InputError(sourceName, lineAndColumn(text, refused->second),
                         {InputProblem::NumberTooSmall, {refused->first}});
    return document;
}

JsonReader::JsonReader(const nlohmann::json& node, std::string path, const std::string& file)
    : m_node(node)
    , m_path(std::move(path))
    , m_file(file)
{}

JsonReader::JsonReader(const nlohmann::json& node, const JsonReader& parent, const char* key,
                       std::size_t index)
    : m_node(node)
    , m_parent(&parent)
    , m_key(key)
    , m_index(index)
    , m_file(parent.m_file)
{}

const std::string& JsonReader::path() const
{
    if (m_parent != nullptr && m_path.empty()) {
        m_path = m_parent->path();
        if (m_key != nullptr)
            m_path.append(".").append(m_key);
        else
            m_path.append("[").append(std::to_string(m_index)).append("]");
    }
    return m_path;
}

void JsonReader::fail(Problem problem) const
{
    throw InputError(m_file, path(), std::move(problem));
}

void JsonReader::requireObject() const
{
    if (!m_node.is_object())
        fail({InputProblem::ExpectedObject, {typeName(m_node)}});
}

void JsonReader::requireArray() const
{
    if (!m_node.is_array())
        fail({InputProblem::ExpectedArray, {typeName(m_node)}});
}

void JsonReader::allowOnlyKeys(std::initializer_list<const char*> allowed) const
{
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        bool known = false;
        for (const char* key : allowed)
            known = known || it.key() == key;
        if (!known) {
            std::string list;
            for (const char* key : allowed)
                list += (list.empty() ? "" : ", ") + std::string(key);
            JsonReader(it.value(), path() + "." + it.key(), m_file)
                .fail({InputProblem::UnknownKey, {it.key(), list}});
        }
    }
}

bool JsonReader::has(const char* key) const
{
    return m_node.contains(key);
}

JsonReader JsonReader::child(const char* key) const
{
    const auto found = m_node.find(key);
    if (found == m_node.end())
        fail({InputProblem::MissingKey, {key}});
    return {*found, *this, key, 0};
}

JsonReader JsonReader::element(std::size_t index) const
{
    return {m_node.at(index), *this, nullptr, index};
}

std::string JsonReader::requiredString(const char* key) const
{
    return child(key).asString();
}

std::string JsonReader::optionalString(const char* key, const std::string& fallback) const
{
    return has(key) ? child(key).asString() : fallback;
}

double JsonReader::requiredNumber(const char* key) const
{
    return child(key).asNumber();
}

std::optional<double> JsonReader::optionalNumber(const char* key) const
{
    if (!has(key))
        return std::nullopt;
    return child(key).asNumber();
}

std::optional<int> JsonReader::optionalInteger(const char* key, int minimum, int maximum) const
{
    if (!has(key))
        return std::nullopt;
    const JsonReader reader = child(key);
    const double value = reader.asNumber();
    if (value != std::floor(value))
        reader.fail({InputProblem::ExpectedWholeNumber, {reader.node().dump()}});
    if (value < minimum || value > maximum)
        reader.fail({InputProblem::NumberOutOfRange,
                     {std::to_string(minimum), std::to_string(maximum), reader.node().dump()}});
    return static_cast<int>(value);
}

double JsonReader::asNumber() const
{
    if (!m_node.is_number())
        fail({InputProblem::ExpectedNumber, {typeName(m_node)}});
    const double value = m_node.get<double>();
    if (!std::isfinite(value))
        fail({InputProblem::NumberNotFinite});
    return value;
}

std::string JsonReader::asString() const
{
    if (!m_node.is_string())
        fail({InputProblem::ExpectedString, {typeName(m_node)}});
    return m_node.get<std::string>();
}

} // namespace aisov::detail
