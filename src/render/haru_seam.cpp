#include "render/haru_seam.hpp"

#ifdef HPDF_SHARED
#error "haru_seam.cpp reads libharu's records, which HPDF_SHARED hides (see CMakeLists.txt)"
#endif
// Without HPDF_SHARED, hpdf.h includes libharu's internal headers (hpdf_doc.h, hpdf_error.h)
// and declares its handles as pointers to its records.
#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>
#include <system_error>
#include <type_traits>
#include <utility>

namespace briefing::render::haru {

static_assert(std::is_same_v<HPDF_STATUS, unsigned long>, "Error holds HPDF_STATUS");

namespace {

// The codes a font file, a bad value from layout or a full disk can cause; the rest would be
// programming errors, for which the hex code is enough to look up.
constexpr std::array<std::pair<HPDF_STATUS, const char*>, 18> known_errors{{
    {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
    {HPDF_FILE_OPEN_ERROR, "cannot open the file"},
    {HPDF_FILE_IO_ERROR, "cannot read the file"},
    {HPDF_TTF_INVALID_FOMAT, "not a TrueType font file"},
    {HPDF_TTF_MISSING_TABLE, "not glyf-based TrueType (libharu cannot embed CFF outlines)"},
    {HPDF_TTF_INVALID_CMAP, "the font has no usable Unicode cmap"},
    {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font's licence (OS/2 fsType) forbids embedding"},
    {HPDF_INVALID_TTC_FILE, "not a valid TrueType collection"},
    {HPDF_INVALID_TTC_INDEX, "no such face in the TrueType collection"},
    {HPDF_UNSUPPORTED_FONT_TYPE, "unsupported font type"},
    {HPDF_INVALID_FONTDEF_DATA, "invalid font data"},
    {HPDF_PAGE_INVALID_FONT_SIZE, "type size out of range (libharu accepts above 0 up to 600)"},
    {HPDF_PAGE_OUT_OF_RANGE, "a value is out of range (colour components must be 0..1)"},
    {HPDF_PAGE_INVALID_SIZE, "page size out of range (3..14400 pt)"},
    {HPDF_INVALID_DATE_TIME, "invalid date"},
    {HPDF_INVALID_URI, "a link has no address"},
    {HPDF_INVALID_PARAMETER, "invalid parameter"},
    {HPDF_ZLIB_ERROR, "compression failed"},
}};

HPDF_Doc doc_of(DocRef doc) { return static_cast<HPDF_Doc>(doc.haru); }

const HPDF_Obj_Header* header_of(ObjectRef object) {
  return static_cast<const HPDF_Obj_Header*>(object.haru);
}

HPDF_Dict dict_of(ObjectRef object) {
  bool dict = object && (header_of(object)->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT;
  return dict ? static_cast<HPDF_Dict>(object.haru) : nullptr;
}

HPDF_Array array_of(ObjectRef object) {
  bool array = object && (header_of(object)->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_ARRAY;
  return array ? static_cast<HPDF_Array>(object.haru) : nullptr;
}

void* make(HPDF_MMgr mmgr, const Value& value);

// On failure libharu has freed the item it was given; the caller frees `dict` or `array`.
bool fill(HPDF_MMgr mmgr, HPDF_Dict dict, const Dict& entries) {
  for (const Entry& entry : entries) {
    if (HPDF_Dict_Add(dict, entry.key.c_str(), make(mmgr, entry.value)) != HPDF_OK) return false;
  }
  return true;
}

bool fill(HPDF_MMgr mmgr, HPDF_Array array, const Array& items) {
  for (const Value& item : items) {
    if (HPDF_Array_Add(array, make(mmgr, item)) != HPDF_OK) return false;
  }
  return true;
}

// A libharu object for `value`, made with the calls libharu makes its own with; null when it
// cannot be made. Dictionaries and arrays take an indirect object as a reference to it.
void* make(HPDF_MMgr mmgr, const Value& value) {
  struct Maker {
    HPDF_MMgr mmgr;
    void* operator()(Null) const { return HPDF_Null_New(mmgr); }
    void* operator()(int n) const { return HPDF_Number_New(mmgr, n); }
    void* operator()(double r) const { return HPDF_Real_New(mmgr, HPDF_REAL(r)); }
    void* operator()(const Name& name) const { return HPDF_Name_New(mmgr, name.text.c_str()); }
    void* operator()(const Literal& s) const {
      return HPDF_String_New(mmgr, s.text.c_str(), nullptr);
    }
    void* operator()(const Hex& s) const {
      auto* bytes = reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(s.bytes.data()));
      return HPDF_Binary_New(mmgr, bytes, static_cast<HPDF_UINT>(s.bytes.size()));
    }
    void* operator()(ObjectRef object) const {
      bool indirect = object && (header_of(object)->obj_id & HPDF_OTYPE_INDIRECT);
      return indirect ? object.haru : nullptr;
    }
    void* operator()(const Array& items) const {
      HPDF_Array array = HPDF_Array_New(mmgr);
      if (array && !fill(mmgr, array, items)) {
        HPDF_Obj_Free(mmgr, array);
        return nullptr;
      }
      return array;
    }
    void* operator()(const Dict& entries) const {
      HPDF_Dict dict = HPDF_Dict_New(mmgr);
      if (dict && !fill(mmgr, dict, entries)) {
        HPDF_Obj_Free(mmgr, dict);
        return nullptr;
      }
      return dict;
    }
  };
  return std::visit(Maker{mmgr}, value.alternative);
}

// libharu writes /Filter only for the streams it compresses itself as it saves.
HPDF_STATUS declare_deflated(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

HPDF_STATUS declare_dct(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /DCTDecode\012");
}

// Makes `deflated` the data of the stream `dict`, to be written as it is.
bool store_deflated(HPDF_Dict dict, std::string_view deflated) {
  if (!dict || !dict->stream) return false;
  HPDF_MemStream_FreeData(dict->stream);
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = declare_deflated;
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(deflated.data());
  return HPDF_Stream_Write(dict->stream, bytes, static_cast<HPDF_UINT>(deflated.size())) == HPDF_OK;
}

}  // namespace

std::string installed_version_problem() {
  if (std::string_view(HPDF_GetVersion()) == HPDF_VERSION_TEXT) return {};
  return std::string("libharu ") + HPDF_GetVersion() +
         " is installed, but this program was built for libharu " HPDF_VERSION_TEXT;
}

std::string describe(const Error& error) {
  const auto [code, detail] = error;
  std::string words;
  for (const auto& [known, text] : known_errors) {
    if (known == code) words = text;
  }
  if (words.empty()) {
    char hex[64];
    std::snprintf(hex, sizeof hex, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(code),
                  static_cast<unsigned>(detail));
    return hex;
  }
  // For file errors libharu passes errno as the detail.
  bool file_error = code == HPDF_FILE_OPEN_ERROR || code == HPDF_FILE_IO_ERROR;
  if (file_error && detail != 0) {
    words += " (" + std::generic_category().message(static_cast<int>(detail)) + ")";
  }
  return words;
}

ObjectRef add_dict_object(DocRef doc, const Dict& entries) {
  HPDF_Doc pdf = doc_of(doc);
  HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
  // The cross-reference table owns the object from here, even when filling it fails.
  if (!dict || HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return {};
  return fill(pdf->mmgr, dict, entries) ? ObjectRef{dict} : ObjectRef{};
}

ObjectRef add_stream_object(DocRef doc, std::string_view deflated, const Dict& entries) {
  HPDF_Doc pdf = doc_of(doc);
  // Adds the stream and then its /Length, a number object of its own, to the table.
  HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  bool made = stream && store_deflated(stream, deflated) && fill(pdf->mmgr, stream, entries);
  return made ? ObjectRef{stream} : ObjectRef{};
}

ObjectRef add_jpeg_stream_object(DocRef doc, std::string_view jpeg, const Dict& entries) {
  HPDF_Doc pdf = doc_of(doc);
  HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!stream || !stream->stream) return {};
  // Written as it is; libharu drops a /Filter entry of a stream it does not filter itself, so
  // the filter is declared as the deflated streams' is.
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = declare_dct;
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(jpeg.data());
  bool made =
      HPDF_Stream_Write(stream->stream, bytes, static_cast<HPDF_UINT>(jpeg.size())) == HPDF_OK &&
      fill(pdf->mmgr, stream, entries);
  return made ? ObjectRef{stream} : ObjectRef{};
}

namespace {

// Lists `resources` in the dictionary `slot` of the page's /Resources, made there when missing
// (as HPDF_Page_GetLocalFontName and HPDF_Page_SetExtGState make theirs, where they look).
bool add_resources(HPDF_Page page, HPDF_Dict& slot, const char* key,
                   const std::vector<Resource>& resources) {
  if (resources.empty()) return true;
  if (!slot) {
    auto all = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
    HPDF_Dict named = all ? HPDF_Dict_New(page->mmgr) : nullptr;
    if (!named || HPDF_Dict_Add(all, key, named) != HPDF_OK) return false;
    slot = named;
  }
  for (const Resource& resource : resources) {
    bool indirect = resource.object && (header_of(resource.object)->obj_id & HPDF_OTYPE_INDIRECT);
    if (!indirect || HPDF_Dict_Add(slot, resource.name.c_str(), resource.object.haru) != HPDF_OK)
      return false;
  }
  return true;
}

}  // namespace

bool set_page_content(ObjectRef page, std::string_view deflated, const std::vector<Resource>& fonts,
                      const std::vector<Resource>& xobjects, const std::vector<Resource>& states) {
  auto target = static_cast<HPDF_Page>(page.haru);
  if (!page || !HPDF_Page_Validate(target)) return false;
  auto attr = static_cast<HPDF_PageAttr>(target->attr);
  // libharu keeps no slot for a page's XObjects: the dictionary is found in /Resources.
  auto resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(target, "Resources", HPDF_OCLASS_DICT));
  HPDF_Dict pictures =
      resources ? static_cast<HPDF_Dict>(HPDF_Dict_GetItem(resources, "XObject", HPDF_OCLASS_DICT))
                : nullptr;
  return add_resources(target, attr->fonts, "Font", fonts) &&
         add_resources(target, pictures, "XObject", xobjects) &&
         add_resources(target, attr->ext_gstates, "ExtGState", states) &&
         store_deflated(attr->contents, deflated);
}

ObjectRef catalog(DocRef doc) { return {doc_of(doc)->catalog}; }

ObjectRef info(DocRef doc) { return {doc_of(doc)->info}; }

bool put_entry(ObjectRef dict, std::string_view key, const Value& value) {
  HPDF_Dict target = dict_of(dict);
  return target &&
         HPDF_Dict_Add(target, std::string(key).c_str(), make(target->mmgr, value)) == HPDF_OK;
}

bool remove_entry(ObjectRef dict, std::string_view key) {
  HPDF_Dict target = dict_of(dict);
  return target && HPDF_Dict_RemoveElement(target, std::string(key).c_str()) == HPDF_OK;
}

bool set_items(ObjectRef array, const Array& items) {
  HPDF_Array target = array_of(array);
  if (!target) return false;
  HPDF_Array_Clear(target);
  return fill(target->mmgr, target, items);
}

void require_pdf_version(DocRef doc, int minor) {
  assert(minor >= 2 && minor <= 7);
  auto version = HPDF_PDFVer(HPDF_VER_12 + std::clamp(minor, 2, 7) - 2);
  HPDF_Doc pdf = doc_of(doc);
  pdf->pdf_version = std::max(pdf->pdf_version, version);
}

}  // namespace briefing::render::haru
