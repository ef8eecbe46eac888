#pragma once
// The one place that uses libharu 2.3.0 beyond its public API (haru_seam.cpp): adding objects
// the render makes itself (fonts, pre-deflated streams), a page's contents and font resources,
// entries of the catalog, the document information and other dictionaries, the PDF version, the
// words for libharu's error codes (declared in a header that HPDF_SHARED leaves out). Whatever
// else libharu has no call for (page boxes, /ID, the structure tree) belongs here too.
//
// Every other file compiles with HPDF_SHARED (CMakeLists.txt), under which hpdf.h declares only
// the public API and its handles are opaque (void*). The seam alone sees libharu's records, as
// the headers of the version it was built with lay them out, so it refuses any other version
// (installed_version_problem). This header includes no libharu header: libharu's handle types
// differ between the seam and the rest, so the interface wraps them, as void*, in its own types.
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace briefing::render::haru {

// A libharu document (HPDF_Doc).
struct DocRef {
  void* haru = nullptr;
};

// A libharu object: a page, an outline item, a destination, or one the seam added.
struct ObjectRef {
  void* haru = nullptr;
  explicit operator bool() const { return haru != nullptr; }
};

// PDF values the render makes itself, converted to libharu's objects by the seam, so they are
// written exactly as libharu writes its own.
struct Name {
  std::string text;
};
// A string written as it is, between parentheses: ASCII text without NUL.
struct Literal {
  std::string text;
};
// A string written in hex: any bytes, such as a UTF-16BE text string.
struct Hex {
  std::string bytes;
};
struct Null {};
struct Value;
struct Entry;
using Array = std::vector<Value>;
using Dict = std::vector<Entry>;  // in the order written
// int is written as an integer, double as a real (at libharu's single precision), and an
// ObjectRef, which must be an indirect object, as a reference to it. Made implicitly from any of
// them, so that a dictionary reads as it is written: {{"Type", Name{"Font"}}, {"Flags", 32}}.
struct Value {
  template <class T>
  requires(!std::is_same_v<std::remove_cvref_t<T>, Value>) Value(T value)
      : alternative(std::move(value)) {}
  std::variant<Null, int, double, Name, Literal, Hex, ObjectRef, Array, Dict> alternative;
};
struct Entry {
  std::string key;
  Value value;
};

// Empty when the installed libharu is the version the seam was built for; else why it cannot
// be used.
std::string installed_version_problem();

// A libharu error: its code and detail (HPDF_STATUS, which is unsigned long).
struct Error {
  unsigned long code = 0;
  unsigned long detail = 0;
};

// "cannot open the file (No such file or directory)" style words for a libharu error; codes
// without words come out as hex, which libharu's documentation lists.
std::string describe(const Error& error);

// Adds `entries` as a dictionary that is an indirect object. Null when libharu fails, and the
// document's error record says why.
ObjectRef add_dict_object(DocRef doc, const Dict& entries);

// Adds a stream object whose data is `deflated` (zlib's format, as deflate() in deflated.hpp
// makes it): its dictionary holds /Length, `entries`, then /Filter /FlateDecode. Null when
// libharu fails.
ObjectRef add_stream_object(DocRef doc, std::string_view deflated, const Dict& entries = {});

// Adds a stream object whose data is `jpeg`, a JPEG file as it is, marked /Filter /DCTDecode
// after `entries`. Null when libharu fails.
ObjectRef add_jpeg_stream_object(DocRef doc, std::string_view jpeg, const Dict& entries);

// One of a page's resources (a font, a picture, a graphics state): the name its content stream
// uses, and the object.
struct Resource {
  std::string name;
  ObjectRef object;
};

// Makes `deflated` the data of the page's content stream (marked /FlateDecode) and lists
// `fonts` in its /Resources /Font dictionary, `xobjects` (pictures) in its /XObject one and
// `states` in its /ExtGState one, under their names. False when `page` is no page, a resource no
// indirect object, or libharu fails.
bool set_page_content(ObjectRef page, std::string_view deflated, const std::vector<Resource>& fonts,
                      const std::vector<Resource>& xobjects = {},
                      const std::vector<Resource>& states = {});

// The document's catalog and its information dictionary.
ObjectRef catalog(DocRef doc);
ObjectRef info(DocRef doc);

// Sets the entry `key` of the dictionary `dict`: a new key is appended, an existing one keeps
// its place. False when `dict` is no dictionary or libharu fails.
bool put_entry(ObjectRef dict, std::string_view key, const Value& value);
bool remove_entry(ObjectRef dict, std::string_view key);

// Replaces every item of the array `array` (a destination, for one). False when `array` is no
// array or libharu fails.
bool set_items(ObjectRef array, const Array& items);

// Raises the version the file declares to at least 1.`minor` (from libharu's 1.3).
void require_pdf_version(DocRef doc, int minor);

}  // namespace briefing::render::haru
