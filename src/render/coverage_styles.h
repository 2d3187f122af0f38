#pragma once

#include "render/style.h"

namespace wm {

class Layer;

/// Styles for a coverage results layer (analysis/coverage_layer.h), as the coverage panel
/// applies them with one click.

/// A choropleth of the numeric column `field` of `layer`. Shares and completion rates
/// (`share`: values are fractions, 1 = 100 %) get fixed classes a bulletin reads at a
/// glance — below 50 %, 50–80 %, 80–100 %, reached — from red to green; other figures
/// (villages, km, spaces) get natural breaks (Jenks, up to 5 classes) on a sequential
/// ramp. Units without a value are drawn in the neutral "other" symbol. Labels show the
/// unit's name.
Style choroplethStyle(const Layer& layer, const QString& field, bool share);

/// Units coloured by a rule's verdict column: pass green, FAIL red, n/a grey.
Style verdictStyle(const QString& verdictField);

} // namespace wm
