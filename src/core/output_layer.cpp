#include "core/output_layer.h"

#include "core/layer.h"

namespace wm {

OutputLayer outputLayerOf(const Layer& layer, const QString& name)
{
    OutputLayer out;
    out.name = name;
    for (const FieldDef& f : layer.attributes.fields()) {
        out.columns << f.name;
        out.columnTypes << f.type;
    }
    out.geometryKind = layer.kind;
    out.rows.reserve(layer.featureCount());
    out.geometries.reserve(std::size_t(layer.featureCount()));
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        QVector<QVariant> row;
        row.reserve(layer.attributes.fieldCount());
        for (int c = 0; c < layer.attributes.fieldCount(); ++c)
            row << layer.attributes.value(i, c);
        out.rows << row;
        out.geometries.push_back(layer.geometry(i));
    }
    return out;
}

} // namespace wm
