#pragma once
// The layout's styles with inheritance resolved: each style starts from its parent's resolved
// values (or the built-in defaults) and overrides what it sets itself.
#include <map>
#include <string>
#include <string_view>

#include "base/diag.hpp"
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

class StyleSheet {
 public:
  // Reports unknown parents, cycles ("style cycle: a → b → a") and missing required styles.
  static StyleSheet resolve(const parse::LayoutSpec& layout, Diagnostics& diags);

  bool has(std::string_view name) const { return styles_.find(name) != styles_.end(); }
  // The style `name`; an unknown name is reported at `where` and yields the defaults.
  Style get(std::string_view name, const Location& where, Diagnostics& diags) const;

 private:
  std::map<std::string, Style, std::less<>> styles_;
};

Align to_align(parse::Align align);
Direction to_direction(parse::Direction dir);
Place to_place(parse::Place place);

}  // namespace briefing::model
