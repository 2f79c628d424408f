#pragma once

// Internal to aisov_core: writes JSON text straight into a string, spelt
// byte for byte as nlohmann's dump(2) spells it, without building a DOM
// first (for the large result files of the score command, the DOM cost
// more than the scoring).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aisov::detail {

class JsonWriter
{
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value inside an object.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(double number);
    void value(int number);
    void value(bool flag);
    void null();
    // The number, or null when there is none.
    void value(const std::optional<double>& number);

    // key(name) then value(v), the usual pair.
    template <typename T>
    void field(std::string_view name, const T& v)
    {
        key(name);
        value(v);
    }

private:
    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    void beforeValue();
    void newLine();
    void end(char close);

    std::string& m_out;
    std::vector<Level> m_levels;
};

} // namespace aisov::detail
