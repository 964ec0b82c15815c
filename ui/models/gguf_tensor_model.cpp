#include "ui/models/gguf_tensor_model.h"

#include <QLocale>
#include <QStringList>

#include "core/gguf/gguf_file.h"
#include "core/util/paths.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {

GgufTensorModel::GgufTensorModel(QObject* parent) : QAbstractTableModel(parent) {}

void GgufTensorModel::setFile(std::shared_ptr<const gguf::GgufFile> file) {
  beginResetModel();
  file_ = std::move(file);
  endResetModel();
}

int GgufTensorModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !file_ ? 0 : static_cast<int>(file_->tensors.size());
}

int GgufTensorModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant GgufTensorModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !file_ || index.row() >= rowCount())
    return {};
  const gguf::TensorInfo& tensor = file_->tensors[static_cast<std::size_t>(index.row())];
  if (role == Qt::TextAlignmentRole)
    return index.column() >= SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
  const bool sorting = role == SortRole;
  if (role != Qt::DisplayRole && !sorting)
    return {};
  switch (index.column()) {
  case NameColumn: return QString::fromStdString(tensor.name);
  case TypeColumn: return QString::fromStdString(gguf::tensorTypeName(tensor.type));
  case ShapeColumn: {
    if (sorting)
      return static_cast<qulonglong>(tensor.elementCount());
    QStringList dims;
    for (std::int64_t dim : tensor.shape)
      dims << QString::number(dim);
    return dims.join(QStringLiteral(" × "));
  }
  case SizeColumn: return sorting ? QVariant(static_cast<qulonglong>(tensor.size)) : QVariant(sizeText(tensor.size));
  case OffsetColumn:
    return sorting ? QVariant(static_cast<qulonglong>(tensor.offset))
                   : QVariant(QLocale().toString(static_cast<qulonglong>(tensor.offset)));
  default: return {};
  }
}

QVariant GgufTensorModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  switch (section) {
  case NameColumn: return tr("Name");
  case TypeColumn: return tr("Type");
  case ShapeColumn: return tr("Shape");
  case SizeColumn: return tr("Size");
  case OffsetColumn: return tr("Offset");
  default: return {};
  }
}

} // namespace ui
} // namespace md
