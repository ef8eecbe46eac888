// The part of CairoScript that a drawing of solid fills and strokes is written in. Cairo's script
// surface writes paths in device coordinates (the surface's own), and sets the matrix only for
// the line width and dashes of a stroke; colours are set as sources before they are used.
// Anything else (gradients, groups with opacity, masks, embedded rasters, glyphs) cannot be kept
// as a path of one colour, and is refused by name rather than printed wrongly.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include "image/image.hpp"
#include "image/svg_parts.hpp"

namespace briefing::image {

namespace {

std::optional<double> number(std::string_view token) {
  double value = 0;
  auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

// A colour with an alpha, printed over white paper: paths carry no transparency.
Color over_white(double r, double g, double b, double a) {
  auto mix = [&](double c) { return std::clamp(c * a + (1 - a), 0.0, 1.0); };
  return Color{mix(r), mix(g), mix(b)};
}

class Script {
 public:
  explicit Script(std::vector<Path>& paths) : paths_(paths) {}

  std::string run(std::string_view text) {
    for (std::size_t at = 0; at < text.size() && problem_.empty();) {
      std::size_t start = text.find_first_not_of(" \t\r\n", at);
      if (start == std::string_view::npos) break;
      if (text[start] == '%') {
        at = text.find('\n', start);
        if (at == std::string_view::npos) break;
        continue;
      }
      at = std::min(text.find_first_of(" \t\r\n", start), text.size());
      bracketed(text.substr(start, at - start));
    }
    return problem_;
  }

 private:
  // "[2 1]" is written without spaces inside its brackets.
  void bracketed(std::string_view t) {
    if (t.size() > 1 && t.front() == '[') {
      token("[");
      t.remove_prefix(1);
    }
    bool closes = t.size() > 1 && t.back() == ']';
    if (closes) t.remove_suffix(1);
    token(t);
    if (closes) token("]");
  }

  void token(std::string_view t) {
    if (auto value = number(t)) return stack_.push_back(*value);
    // Names (//LINE_CAP_ROUND) are kept for the operator that follows.
    if (t.starts_with("//")) return void(last_name_ = std::string(t));
    if (t == "[") return stack_.clear();
    if (t == "]") return;
    if (t == "identity") return void(identity_ = true);
    if (t.front() == '/' || t == "<<" || t == ">>" || t == "surface" || t == "context" ||
        t == "pop" || t == "set-miter-limit" || t == "set-tolerance" || t == "set-antialias")
      return clear();
    if (t == "n") return current_.clear(), clear();
    if (t == "m" || t == "l") return segment(t == "m" ? PathVerb::move : PathVerb::line, 2);
    if (t == "c") return segment(PathVerb::curve, 6);
    if (t == "h") return current_.push_back(PathOp{PathVerb::close, {}}), clear();
    if (t == "rectangle") return rectangle();
    if (t == "rgb" || t == "rgba" || t == "g" || t == "ga") return colour(t);
    if (t == "set-source") return source_ = pending_, clear();
    if (t == "fill" || t == "fill+") return fill(t == "fill");
    if (t == "stroke" || t == "stroke+") return stroke(t == "stroke");
    if (t == "clip" || t == "clip+") return clip(t == "clip");
    if (t == "reset-clip") return clip_.clear(), clear();
    if (t == "set-line-width") return line_width_ = top(0), clear();
    if (t == "set-line-cap" || t == "set-line-join" || t == "set-fill-rule") return style(t);
    if (t == "set-dash") return dash();
    if (t == "scale" || t == "translate" || t == "transform" || t == "set-matrix") return matrix(t);
    unsupported(t);
  }

  void unsupported(std::string_view t) {
    problem_ = "draws with '" + std::string(t.substr(0, 40)) +
               "' (a gradient, pattern, mask, group opacity, embedded raster or text that is "
               "not a path), which cannot be kept as vector paths of one colour; flatten it in "
               "the drawing program";
  }

  void clear() {
    stack_.clear();
    identity_ = false;
  }
  double top(std::size_t from_end) const {
    return from_end < stack_.size() ? stack_[stack_.size() - 1 - from_end] : 0;
  }

  bool need(std::size_t count) {
    if (stack_.size() >= count) return true;
    problem_ = "has a drawing operator without its numbers";
    return false;
  }

  void segment(PathVerb verb, std::size_t count) {
    if (!need(count)) return;
    PathOp op{verb, {}};
    std::size_t base = stack_.size() - count;
    for (std::size_t i = 0; i < count / 2; ++i)
      op.p[i] = PathPoint{stack_[base + 2 * i], stack_[base + 2 * i + 1]};
    current_.push_back(op);
    clear();
  }

  void rectangle() {
    if (!need(4)) return;
    double x = top(3), y = top(2), w = top(1), h = top(0);
    current_.push_back(PathOp{PathVerb::move, {PathPoint{x, y}}});
    for (PathPoint corner : {PathPoint{x + w, y}, PathPoint{x + w, y + h}, PathPoint{x, y + h}})
      current_.push_back(PathOp{PathVerb::line, {corner}});
    current_.push_back(PathOp{PathVerb::close, {}});
    clear();
  }

  void colour(std::string_view t) {
    std::size_t count = t == "rgb" ? 3 : t == "rgba" ? 4 : t == "g" ? 1 : 2;
    if (!need(count)) return;
    double alpha = (t == "rgba" || t == "ga") ? top(0) : 1;
    std::size_t base = stack_.size() - count;
    pending_ = count >= 3 ? over_white(stack_[base], stack_[base + 1], stack_[base + 2], alpha)
                          : over_white(stack_[base], stack_[base], stack_[base], alpha);
    clear();
  }

  void fill(bool consume) {
    Path path;
    path.ops = current_;
    path.fill = source_;
    path.even_odd = even_odd_;
    add(std::move(path), consume);
  }

  void stroke(bool consume) {
    Path path;
    path.ops = current_;
    path.stroke = source_;
    path.line_width = line_width_ * scale_;
    path.cap = cap_;
    path.join = join_;
    path.dash = dash_;
    add(std::move(path), consume);
  }

  void add(Path path, bool consume) {
    segments_ += path.ops.size();
    if (segments_ > kMaxSvgSegments) {
      problem_ = "draws more than " + std::to_string(kMaxSvgSegments) + " path segments";
      return;
    }
    path.clip = clip_;
    if (!path.ops.empty()) paths_.push_back(std::move(path));
    if (consume) current_.clear();
    clear();
  }

  // Nested clips would need their intersection; SVGs drawn for print rarely clip at all.
  void clip(bool consume) {
    if (!clip_.empty()) return void(problem_ = "clips inside a clip, which is not kept");
    clip_ = current_;
    if (consume) current_.clear();
    clear();
  }

  void style(std::string_view t) {
    if (t == "set-fill-rule") even_odd_ = last_name_is("EVEN_ODD");
    if (t == "set-line-cap")
      cap_ = last_name_is("ROUND")    ? LineCap::round
             : last_name_is("SQUARE") ? LineCap::square
                                      : LineCap::butt;
    if (t == "set-line-join")
      join_ = last_name_is("ROUND")   ? LineJoin::round
              : last_name_is("BEVEL") ? LineJoin::bevel
                                      : LineJoin::miter;
    clear();
  }
  bool last_name_is(std::string_view suffix) const {
    return !last_name_.empty() && last_name_.size() >= suffix.size() &&
           last_name_.substr(last_name_.size() - suffix.size()) == suffix;
  }

  // "[2 1] 0 set-dash": whole points, 1 to 100 each, at most 8 (what a Path holds).
  void dash() {
    dash_.clear();
    std::size_t count = stack_.empty() ? 0 : stack_.size() - 1;
    for (std::size_t i = 0; i < count && dash_.size() < 8; ++i)
      dash_.push_back(std::clamp(int(std::lround(stack_[i] * scale_)), 1, 100));
    clear();
  }

  // Only the matrix's scale matters: it sizes a stroke's width and dashes.
  void matrix(std::string_view t) {
    if (t == "scale" && need(2)) scale_ *= std::sqrt(std::fabs(top(1) * top(0)));
    if ((t == "transform" || t == "set-matrix") && stack_.size() >= 6) {
      std::size_t base = stack_.size() - 6;
      double a = stack_[base], b = stack_[base + 1], c = stack_[base + 2], d = stack_[base + 3];
      double factor = std::sqrt(std::fabs(a * d - b * c));
      scale_ = t == "transform" ? scale_ * factor : factor;
    }
    if (t == "set-matrix" && identity_) scale_ = 1;
    clear();
  }

  std::vector<Path>& paths_;
  std::vector<double> stack_;
  bool identity_ = false;
  std::string last_name_;
  std::vector<PathOp> current_, clip_;
  Color pending_{0, 0, 0}, source_{0, 0, 0};
  double line_width_ = 2;  // Cairo's default
  double scale_ = 1;
  LineCap cap_ = LineCap::butt;
  LineJoin join_ = LineJoin::miter;
  std::vector<int> dash_;
  bool even_odd_ = false;
  std::size_t segments_ = 0;
  std::string problem_;
};

}  // namespace

std::string script_paths(std::string_view script, std::vector<Path>& paths) {
  return Script(paths).run(script);
}

}  // namespace briefing::image
