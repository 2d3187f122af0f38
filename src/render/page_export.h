#pragma once

#include "render/page_layout.h"

#include <QImage>
#include <QString>

#include <functional>
#include <vector>

namespace wm {

class AtomicOutput;

enum class PageFormat { Pdf, Svg, Png, Jpeg };

/// The format a file name asks for (.pdf, .svg, .png, .jpg/.jpeg); throws wm::Error
/// naming the file for any other suffix.
PageFormat pageFormatFor(const QString& path);

/// The page as an image at its template's DPI (size = page mm × dpi / 25.4), white.
QImage renderPageImage(const PageLayout& page);

/// Writes a page: PDF (vector, fonts embedded so Chinese prints anywhere), SVG, or
/// PNG/JPEG at the template's DPI. The file is written beside its target and renamed into
/// place when every write and the final flush succeeded; otherwise nothing is left and
/// wm::Error names the file.
void exportPage(const PageLayout& page, const QString& path);

/// Writes pages as one multi-page PDF; `progress(done, total)` after each page may return
/// false to stop (the partial file is removed and wm::Cancelled thrown).
void exportPdf(const std::vector<PageLayout>& pages, const QString& path,
               const std::function<bool(int, int)>& progress = {});

/// The writers behind exportPage/exportPdf, on an output the caller commits (tests inject
/// a failing device through AtomicOutput's sink).
void writePage(const PageLayout& page, PageFormat format, AtomicOutput& out);
void writePdf(const std::vector<PageLayout>& pages, AtomicOutput& out,
              const std::function<bool(int, int)>& progress = {});

} // namespace wm
