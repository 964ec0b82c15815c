#include "ui/models/gguf_metadata_model.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

#include "core/gguf/gguf_file.h"

namespace md {
namespace ui {

namespace {

constexpr std::size_t kPreviewItems = 5;

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::size_t arraySize(const gguf::Value& value) {
  const auto* items = value.asArray();
  return items ? items->size() : 0;
}

QString typeText(const gguf::Value& value) {
  if (!value.isArray())
    return QString::fromLatin1(gguf::valueTypeName(value.type));
  return QStringLiteral("%1[%2]").arg(QString::fromLatin1(gguf::valueTypeName(value.elementType)),
                                      QLocale().toString(static_cast<qulonglong>(arraySize(value))));
}

QString valueText(const gguf::Value& value, std::size_t maxChars) {
  const auto* items = value.asArray();
  if (!items)
    return fromUtf8(value.preview(kPreviewItems, maxChars));
  QStringList shown;
  for (std::size_t i = 0; i < std::min(items->size(), kPreviewItems); ++i)
    shown << fromUtf8((*items)[i].preview(kPreviewItems, 40));
  const QString count = QLocale().toString(static_cast<qulonglong>(items->size()));
  QString text = items->size() == 1 ? GgufMetadataModel::tr("1 item") : GgufMetadataModel::tr("%1 items").arg(count);
  if (!shown.isEmpty())
    text += QStringLiteral(": ") + shown.join(QStringLiteral(", "));
  if (items->size() > kPreviewItems)
    text += QStringLiteral(", …");
  return text;
}

} // namespace

struct GgufMetadataModel::Node {
  Node* parent = nullptr;
  int row = 0;
  QString label;
  const gguf::Value* value = nullptr; // nullptr: the "Load more" row
  std::vector<std::unique_ptr<Node>> children;
  std::unique_ptr<Node> loadMore;

  std::size_t total() const { return value ? arraySize(*value) : 0; }
  bool hasMore() const { return children.size() < total(); }
  int rows() const { return static_cast<int>(children.size()) + (hasMore() ? 1 : 0); }
};

GgufMetadataModel::GgufMetadataModel(QObject* parent) : QAbstractItemModel(parent) {}
GgufMetadataModel::~GgufMetadataModel() = default;

void GgufMetadataModel::setFile(std::shared_ptr<const gguf::GgufFile> file) {
  beginResetModel();
  visible_.clear();
  roots_.clear();
  file_ = std::move(file);
  if (file_) {
    roots_.reserve(file_->metadata.size());
    for (const auto& kv : file_->metadata) {
      auto node = std::make_unique<Node>();
      node->label = fromUtf8(kv.key);
      node->value = &kv.value;
      roots_.push_back(std::move(node));
    }
  }
  rebuildVisible();
  endResetModel();
}

void GgufMetadataModel::setFilterText(const QString& text) {
  if (text == filter_)
    return;
  beginResetModel();
  filter_ = text;
  rebuildVisible();
  endResetModel();
}

void GgufMetadataModel::rebuildVisible() {
  visible_.clear();
  const QString needle = filter_.trimmed();
  for (const auto& node : roots_) {
    bool keep = needle.isEmpty() || node->label.contains(needle, Qt::CaseInsensitive) ||
                (!node->value->isArray() && valueText(*node->value, 200).contains(needle, Qt::CaseInsensitive));
    if (keep) {
      node->row = static_cast<int>(visible_.size());
      visible_.push_back(node.get());
    }
  }
}

QModelIndex GgufMetadataModel::indexOfKey(const QString& key) const {
  for (Node* node : visible_)
    if (node->label == key)
      return createIndex(node->row, 0, node);
  return {};
}

GgufMetadataModel::Node* GgufMetadataModel::nodeOf(const QModelIndex& index) const {
  return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

bool GgufMetadataModel::isLoadMoreRow(const QModelIndex& index) const {
  const Node* node = nodeOf(index);
  return node && !node->value;
}

QModelIndex GgufMetadataModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount)
    return {};
  Node* owner = nodeOf(parent);
  if (!owner)
    return row < static_cast<int>(visible_.size()) ? createIndex(row, column, visible_[row]) : QModelIndex();
  if (row < static_cast<int>(owner->children.size()))
    return createIndex(row, column, owner->children[row].get());
  if (row == static_cast<int>(owner->children.size()) && owner->hasMore()) {
    if (!owner->loadMore) {
      owner->loadMore = std::make_unique<Node>();
      owner->loadMore->parent = owner;
    }
    return createIndex(row, column, owner->loadMore.get());
  }
  return {};
}

QModelIndex GgufMetadataModel::parent(const QModelIndex& child) const {
  const Node* node = nodeOf(child);
  if (!node || !node->parent)
    return {};
  return createIndex(node->parent->row, 0, node->parent);
}

int GgufMetadataModel::rowCount(const QModelIndex& parent) const {
  if (parent.column() > 0)
    return 0;
  const Node* node = nodeOf(parent);
  return node ? node->rows() : static_cast<int>(visible_.size());
}

int GgufMetadataModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

bool GgufMetadataModel::hasChildren(const QModelIndex& parent) const {
  const Node* node = nodeOf(parent);
  return node ? node->total() > 0 : !visible_.empty();
}

bool GgufMetadataModel::hasMore(const QModelIndex& parent) const {
  const Node* node = nodeOf(parent);
  return node && node->value && node->hasMore();
}

void GgufMetadataModel::loadMore(const QModelIndex& parent) {
  if (!hasMore(parent))
    return;
  Node* node = nodeOf(parent);
  const auto& items = *node->value->asArray();
  const int first = static_cast<int>(node->children.size());
  const int count = static_cast<int>(std::min<std::size_t>(kPageSize, items.size() - node->children.size()));
  const QModelIndex owner = parent.siblingAtColumn(0);
  beginInsertRows(owner, first, first + count - 1);
  for (int i = first; i < first + count; ++i) {
    auto child = std::make_unique<Node>();
    child->parent = node;
    child->row = i;
    child->label = QStringLiteral("[%1]").arg(i);
    child->value = &items[static_cast<std::size_t>(i)];
    node->children.push_back(std::move(child));
  }
  endInsertRows();
  if (!node->hasMore() && node->loadMore) {
    // The "Load more" row moved to first + count and is no longer needed.
    beginRemoveRows(owner, first + count, first + count);
    node->loadMore.reset();
    endRemoveRows();
  }
}

QVariant GgufMetadataModel::data(const QModelIndex& index, int role) const {
  const Node* node = nodeOf(index);
  if (!node)
    return {};
  if (!node->value) {
    const Node* owner = node->parent;
    if (role == IsLoadMoreRole)
      return true;
    if (role == Qt::FontRole) {
      QFont font;
      font.setItalic(true);
      return font;
    }
    if (role == Qt::DisplayRole && index.column() == KeyColumn) {
      const auto shown = static_cast<qulonglong>(owner->children.size());
      const auto total = static_cast<qulonglong>(owner->total());
      return tr("Load %1 more (%2 of %3 shown)")
          .arg(QLocale().toString(static_cast<qulonglong>(std::min<qulonglong>(kPageSize, total - shown))),
               QLocale().toString(shown), QLocale().toString(total));
    }
    return {};
  }
  if (role == IsLoadMoreRole)
    return false;
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
    return {};
  switch (index.column()) {
  case KeyColumn: return node->label;
  case TypeColumn: return typeText(*node->value);
  case ValueColumn: return valueText(*node->value, role == Qt::ToolTipRole ? 2000 : 160);
  default: return {};
  }
}

QVariant GgufMetadataModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  switch (section) {
  case KeyColumn: return tr("Key");
  case TypeColumn: return tr("Type");
  case ValueColumn: return tr("Value");
  default: return {};
  }
}

} // namespace ui
} // namespace md
