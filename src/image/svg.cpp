// SVG kept vector: librsvg draws the file into Cairo's script surface, whose text (the
// operations librsvg asked for) is read back as paths (svg_script.cpp). librsvg brings some 50
// libraries (HarfBuzz and Pango among them), so it is opened with dlopen only when a drawing is
// not in the cache folder: the script is kept there, keyed by the SVG's bytes and librsvg's
// file, and a later run reads it back without librsvg.
#include <cairo-script.h>
#include <cairo.h>

#include <cstdint>
#include <cstdio>
#include <mutex>
#include <optional>

#include "base/cache.hpp"
#include "base/files.hpp"
#include "base/library.hpp"
#include "image/readers.hpp"
#include "image/svg_parts.hpp"
#include "xml/xml_file.hpp"

namespace briefing::image {

namespace {

// librsvg's ABI as its header declares it (glib's types spelled out, so no glib header is
// needed to build the program).
struct RsvgDimensions {
  int width, height;
  double em, ex;
};
struct GlibError {
  std::uint32_t domain;
  int code;
  char* message;
};

struct Rsvg {
  void* (*new_from_data)(const std::uint8_t*, std::size_t, GlibError**);
  void (*get_dimensions)(void*, RsvgDimensions*);
  int (*render_cairo)(void*, cairo_t*);
  void (*object_unref)(void*);
  void (*error_free)(GlibError*);
};

constexpr const char* kLibrary = BRIEFING_RSVG_LIBDIR "/librsvg-2.so.2";

std::optional<Rsvg> load() {
  Library library(kLibrary);
  if (!library) return std::nullopt;
  Rsvg rsvg{};
  bool found = library.find("rsvg_handle_new_from_data", rsvg.new_from_data) &&
               library.find("rsvg_handle_get_dimensions", rsvg.get_dimensions) &&
               library.find("rsvg_handle_render_cairo", rsvg.render_cairo) &&
               library.find("g_object_unref", rsvg.object_unref) &&
               library.find("g_error_free", rsvg.error_free);
  if (!found) return std::nullopt;
  return rsvg;
}

const Rsvg* rsvg() {
  static const std::optional<Rsvg> loaded = load();
  return loaded ? &*loaded : nullptr;
}

// The script Cairo writes, up to a bound: a drawing that repeats its elements (<use> of <use>)
// can be far larger than its file.
struct ScriptText {
  static constexpr std::size_t kLimit = 64 << 20;
  std::string text;
  bool overflow = false;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  auto* script = static_cast<ScriptText*>(closure);
  if (script->text.size() + length > ScriptText::kLimit) {
    script->overflow = true;
    return CAIRO_STATUS_WRITE_ERROR;
  }
  script->text.append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Whether the drawing stays where Cairo can write it as script: a coordinate far outside the
// picture (a width of 1e25, say) overflows Cairo's fixed-point numbers, and its script surface
// then stops the whole program on an assertion. Drawn once on a recording surface to find out.
bool bounded(const Rsvg& lib, void* handle, const RsvgDimensions& size) {
  cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
  cairo_t* cr = cairo_create(recording);
  lib.render_cairo(handle, cr);
  cairo_destroy(cr);
  double x = 0, y = 0, w = 0, h = 0;
  cairo_recording_surface_ink_extents(recording, &x, &y, &w, &h);
  cairo_surface_destroy(recording);
  constexpr double kMargin = 9000;  // Cairo's script surface refuses coordinates below -9999
  return x > -kMargin && y > -kMargin && x + w < size.width + kMargin &&
         y + h < size.height + kMargin;
}

// librsvg's drawing of `handle` as CairoScript; "" or why there is none.
std::string draw(const Rsvg& lib, void* handle, const RsvgDimensions& size, ScriptText& script) {
  if (!bounded(lib, handle, size))
    return "draws far outside its own box (a coordinate or size beyond 9,000 pixels past its "
           "edges), which this program cannot keep as paths";
  cairo_device_t* device = cairo_script_create_for_stream(append, &script);
  cairo_surface_t* surface =
      cairo_script_surface_create(device, CAIRO_CONTENT_COLOR_ALPHA, size.width, size.height);
  cairo_t* cr = cairo_create(surface);
  bool drawn = lib.render_cairo(handle, cr) != 0;
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  cairo_device_finish(device);
  cairo_device_destroy(device);
  if (script.overflow)
    return "draws more than " + std::to_string(ScriptText::kLimit >> 20) +
           " MiB of drawing operations (elements repeated too many times)";
  return drawn ? ""
               : "could not be drawn by librsvg (it is damaged, or repeats its elements more "
                 "times than librsvg allows)";
}

std::string render(const Rsvg& lib, std::string_view bytes, ScriptText& script,
                   RsvgDimensions& size) {
  GlibError* error = nullptr;
  void* handle =
      lib.new_from_data(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), &error);
  if (!handle) {
    std::string why = "is not a readable SVG (librsvg: " +
                      std::string(error && error->message ? error->message : "no reason") + ")";
    if (error) lib.error_free(error);
    return why;
  }
  lib.get_dimensions(handle, &size);
  std::string problem;
  if (size.width <= 0 || size.height <= 0 || size.width > 100000 || size.height > 100000)
    problem = "has no usable size (give the <svg> element a width and height, or a viewBox)";
  if (problem.empty()) problem = draw(lib, handle, size, script);
  lib.object_unref(handle);
  return problem;
}

// Drawings kept between runs: one file per SVG, "drawing-<hash>.bin", holding the key, a
// checksum line, the size line ("W H") and the script.
constexpr std::string_view kFormat = "briefing drawing 1\n";

std::string hex(std::size_t value) {
  char text[24];
  std::snprintf(text, sizeof text, "%016zx", value);
  return text;
}

// What the drawing depends on: the SVG's bytes and the librsvg that drew it.
std::string cache_key(std::string_view bytes) {
  std::string stamp = file_stamp(kLibrary);
  if (stamp.empty()) return {};
  return hex(std::hash<std::string_view>{}(bytes)) + " " + std::to_string(bytes.size()) + "\n" +
         stamp + "\n";
}

std::filesystem::path cache_file(const std::string& key) {
  std::filesystem::path folder = cache_folder();
  if (folder.empty() || key.empty()) return {};
  return folder / ("drawing-" + hex(std::hash<std::string>{}(key)) + ".bin");
}

// The kept size line and script, checked; nullopt when there are none or they are spoilt.
std::optional<std::string> kept(const std::string& key) {
  std::filesystem::path file = cache_file(key);
  auto text = file.empty() ? std::nullopt : read_file(file);
  if (!text) return std::nullopt;
  std::string_view rest = *text;
  std::string head = std::string(kFormat) + key;
  if (!rest.starts_with(head)) return std::nullopt;
  rest.remove_prefix(head.size());
  auto end = rest.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view body = rest.substr(end + 1);
  if (rest.substr(0, end) != hex(std::hash<std::string_view>{}(body))) return std::nullopt;
  return std::string(body);
}

void keep(const std::string& key, std::string_view body) {
  std::filesystem::path file = cache_file(key);
  if (file.empty()) return;
  std::string text = std::string(kFormat) + key + hex(std::hash<std::string_view>{}(body)) + "\n";
  text += body;
  replace_cache_file(file, text);
}

// "W H\n<script>" as a picture; false when it does not read as one (a spoilt cache file).
bool from_body(std::string_view body, Picture& picture, std::string& problem) {
  int width = 0, height = 0, used = 0;
  std::string line(body.substr(0, body.find('\n')));
  if (std::sscanf(line.c_str(), "%d %d%n", &width, &height, &used) != 2 || width <= 0 ||
      height <= 0 || std::size_t(used) != line.size())
    return false;
  picture.width = width;
  picture.height = height;
  picture.paths.clear();
  problem = script_paths(body.substr(std::min(body.size(), line.size() + 1)), picture.paths);
  return true;
}

std::string drawn(std::string_view bytes, Picture& picture) {
  std::string key = cache_key(bytes), problem;
  if (auto body = kept(key); body && from_body(*body, picture, problem) && problem.empty())
    return {};
  const Rsvg* lib = rsvg();
  if (!lib) return "cannot be drawn: librsvg (" + std::string(kLibrary) + ") could not be opened";
  ScriptText script;
  RsvgDimensions size{};
  {
    // librsvg's first use sets up GLib's type system, which is not safe from two threads at once.
    static std::mutex once_at_a_time;
    std::lock_guard lock(once_at_a_time);
    problem = render(*lib, bytes, script, size);
  }
  if (!problem.empty()) return problem;
  std::string body = std::to_string(size.width) + " " + std::to_string(size.height) + "\n";
  body += script.text;
  from_body(body, picture, problem);
  if (problem.empty()) keep(key, body);
  return problem;
}

}  // namespace

std::string read_svg(std::string bytes, const std::string& path, Picture& picture,
                     Diagnostics& diags) {
  auto svg = xml::XmlFile::parse(path, bytes, diags);
  if (!svg) return {};
  if (std::string_view(svg->root().name()) != "svg")
    return "is XML but not an SVG (its root element is <" + std::string(svg->root().name()) + ">)";
  if (!check_self_contained(*svg, diags) || !check_expansion(*svg, diags)) return {};
  return drawn(bytes, picture);
}

}  // namespace briefing::image
