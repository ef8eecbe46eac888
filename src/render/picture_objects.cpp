#include "render/picture_objects.hpp"

#include "base/picture.hpp"
#include "render/content.hpp"
#include "render/deflated.hpp"

namespace briefing::render {

namespace {

using haru::Dict;
using haru::Name;

haru::Name colour_space(int components) {
  return Name{components == 1 ? "DeviceGray" : components == 4 ? "DeviceCMYK" : "DeviceRGB"};
}

Dict image_entries(const Picture& picture, int components) {
  return {{"Type", Name{"XObject"}},
          {"Subtype", Name{"Image"}},
          {"Width", picture.width},
          {"Height", picture.height},
          {"ColorSpace", colour_space(components)},
          {"BitsPerComponent", 8}};
}

haru::ObjectRef embed_png(HaruDoc& pdf, const Picture& picture) {
  Dict entries = image_entries(picture, picture.components);
  if (!picture.alpha.empty()) {
    // A soft mask is PDF 1.4's.
    haru::require_pdf_version(pdf.ref(), 4);
    auto mask =
        haru::add_stream_object(pdf.ref(), deflate(picture.alpha), image_entries(picture, 1));
    if (!mask) return {};
    entries.push_back({"SMask", mask});
  }
  return haru::add_stream_object(pdf.ref(), deflate(picture.samples), entries);
}

haru::ObjectRef embed_jpeg(HaruDoc& pdf, const Picture& picture) {
  Dict entries = image_entries(picture, picture.components);
  if (picture.inverted) entries.push_back({"Decode", haru::Array{1, 0, 1, 0, 1, 0, 1, 0}});
  // Progressive JPEG is PDF 1.3's (libharu writes 1.3 at least).
  return haru::add_jpeg_stream_object(pdf.ref(), picture.samples, entries);
}

haru::ObjectRef embed_drawing(HaruDoc& pdf, const Picture& picture) {
  Dict entries{{"Type", Name{"XObject"}},
               {"Subtype", Name{"Form"}},
               {"BBox", haru::Array{0, 0, picture.width, picture.height}},
               {"Resources", Dict{}}};
  return haru::add_stream_object(pdf.ref(), paint_drawing(picture), entries);
}

haru::ObjectRef embed(HaruDoc& pdf, const Picture& picture) {
  switch (picture.kind) {
    case PictureKind::png:
      return embed_png(pdf, picture);
    case PictureKind::jpeg:
      return embed_jpeg(pdf, picture);
    case PictureKind::svg:
      return embed_drawing(pdf, picture);
  }
  return {};
}

}  // namespace

std::map<const Picture*, haru::ObjectRef> embed_pictures(HaruDoc& pdf, const PagedDocument& doc,
                                                         Diagnostics& diags) {
  std::map<const Picture*, haru::ObjectRef> embedded;
  // False after an error.
  auto add = [&](const Item& item) {
    const auto* image = std::get_if<Image>(&item);
    if (!image || embedded.count(image->picture.get())) return true;
    haru::ObjectRef object = embed(pdf, *image->picture);
    if (!pdf.check(diags, {}, "cannot embed image '" + image->picture->name + "'")) return false;
    if (!object) {
      diags.error({}, "cannot embed image '" + image->picture->name + "': libharu did not take it");
      return false;
    }
    embedded.emplace(image->picture.get(), object);
    return true;
  };
  for (const Page& page : doc.pages) {
    for (const Artifact& artifact : page.artifacts)
      for (const Item& item : artifact.items)
        if (!add(item)) return {};
    for (const Item& item : page.items)
      if (!add(item)) return {};
  }
  return embedded;
}

}  // namespace briefing::render
