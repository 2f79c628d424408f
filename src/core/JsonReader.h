#pragma once

// Internal to aisov_core: typed, path-aware access to a parsed JSON
// document, so that every reader reports "file: $.a[2].b: reason" the same way.

#include "aisov/InputError.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>

namespace aisov::detail {

// Parses `text` strictly: no comments, no NaN/Infinity literals, no
// duplicate keys, nesting at most `kMaxJsonDepth` levels, valid UTF-8.
// Throws InputError with the line and column of the problem.
nlohmann::json parseJsonDocument(const std::string& text, const std::string& sourceName);

inline constexpr int kMaxJsonDepth = 32;

// A reader made by child() or element() refers to the reader it came from
// (for its path): it must not outlive it.
class JsonReader
{
public:
    JsonReader(const nlohmann::json& node, std::string path, const std::string& file);

    const nlohmann::json& node() const { return m_node; }
    // "$.profiles[2].values[0]": built when first asked for (on an error, or
    // for an origin), not for every key read (issue 18).
    const std::string& path() const;
    const std::string& file() const { return m_file; }

    [[noreturn]] void fail(Problem problem) const;

    void requireObject() const;
    void requireArray() const;
    // Refuses keys other than `allowed`: a misspelt "wieght" must not be ignored.
    void allowOnlyKeys(std::initializer_list<const char*> allowed) const;

    bool has(const char* key) const;
    JsonReader child(const char* key) const;     // key must exist
    JsonReader element(std::size_t index) const; // node must be an array
    std::size_t size() const { return m_node.size(); }

    std::string requiredString(const char* key) const;
    std::string optionalString(const char* key, const std::string& fallback = {}) const;
    double requiredNumber(const char* key) const;
    std::optional<double> optionalNumber(const char* key) const;
    std::optional<int> optionalInteger(const char* key, int minimum, int maximum) const;

    // This node as a finite number / string.
    double asNumber() const;
    std::string asString() const;

private:
    // The reader of `node`, the member `key` or the element `index` of `parent`.
    JsonReader(const nlohmann::json& node, const JsonReader& parent, const char* key,
               std::size_t index);

    const nlohmann::json& m_node;
    const JsonReader* m_parent = nullptr; // null: m_path is given
    const char* m_key = nullptr;          // null: an element, at m_index
    std::size_t m_index = 0;
    mutable std::string m_path;
    const std::string& m_file;
};

} // namespace aisov::detail
