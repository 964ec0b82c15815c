#include "ui/models/store_table_model.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <set>

#include "core/gguf/split_names.h"
#include "core/util/paths.h"
#include "ui/shell/widgets.h"

namespace md {
namespace ui {
namespace {

QString fromUtf8(const std::string& text) {
  return QString::fromStdString(text);
}

QString pathText(const std::filesystem::path& path) {
  return fromUtf8(pathToUtf8(path));
}

} // namespace

StoreTableModel::StoreTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StoreTableModel::setEntries(std::vector<stores::StoreEntry> entries) {
  beginResetModel();
  entries_ = std::move(entries);
  usage_ = stores::computeDiskUsage(entries_);
  endResetModel();
}

const stores::StoreEntry* StoreTableModel::entryAt(const QModelIndex& index) const {
  if (!index.isValid() || index.row() < 0 || std::size_t(index.row()) >= entries_.size())
    return nullptr;
  return &entries_[std::size_t(index.row())];
}

QString StoreTableModel::layerText(const std::string& layer) {
  static const char* const names[][2] = {
      {"model", QT_TR_NOOP("model")},          {"projector", QT_TR_NOOP("projector")},
      {"adapter", QT_TR_NOOP("adapter")},      {"template", QT_TR_NOOP("template")},
      {"system", QT_TR_NOOP("system prompt")}, {"params", QT_TR_NOOP("parameters")},
      {"license", QT_TR_NOOP("license")},      {"messages", QT_TR_NOOP("messages")},
  };
  for (const auto& [name, text] : names)
    if (layer == name)
      return tr(text);
  return QString::fromStdString(layer);
}

QString StoreTableModel::sourceLabel(stores::SourceKind source) {
  switch (source) {
  case stores::SourceKind::Ollama: return tr("Ollama");
  case stores::SourceKind::HuggingFace: return tr("Hugging Face");
  case stores::SourceKind::ModelScope: return tr("ModelScope");
  case stores::SourceKind::Folder: return tr("Folder");
  }
  return {};
}

QStringList StoreTableModel::badges(const stores::StoreEntry& entry) const {
  QStringList list;
  // A piece of a byte split is neither unreadable nor incomplete: it is one
  // of several files to join in the Merge wizard.
  const auto part = gguf::parsePartName(pathToUtf8(entry.path.filename()));
  if (part && (entry.header ? !entry.header->complete : !entry.headerError.empty())) {
    list << (part->count ? tr("part %1 of %2: merge to use").arg(part->index).arg(*part->count)
                         : tr("part %1: merge to use").arg(part->index));
  } else if (entry.header) {
    const auto& facts = *entry.header;
    if (facts.role == gguf::Role::Projector)
      list << tr("projector");
    else if (facts.role == gguf::Role::Adapter)
      list << tr("adapter");
    else if (facts.role == gguf::Role::Model)
      list << tr("model");
    if (facts.splitCount > 0)
      list << tr("shard %1/%2").arg(facts.splitNumber).arg(facts.splitCount);
    if (!facts.complete)
      list << tr("incomplete");
  } else if (entry.gguf && !entry.headerError.empty()) {
    list << tr("unreadable");
  }
  if (entry.partial)
    list << tr("partial download");
  if (entry.orphan)
    list << tr("orphan");
  if (entry.legacyName)
    list << tr("legacy name");
  if (entry.leftover)
    list << tr("left by an interrupted run");
  if (stores::isDuplicate(usage_, entry))
    list << tr("duplicate");
  return list;
}

int StoreTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(entries_.size());
}

int StoreTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreTableModel::data(const QModelIndex& index, int role) const {
  const stores::StoreEntry* entry = entryAt(index);
  if (entry == nullptr)
    return {};
  const auto& header = entry->header;
  if (role == Qt::ToolTipRole) {
    if (entry->headerError.empty())
      return pathText(entry->path);
    // A byte-split part has no header of its own: say what it is for.
    if (gguf::parsePartName(pathToUtf8(entry->path.filename())))
      return QString(pathText(entry->path) + QLatin1Char('\n') + listText(badges(*entry)));
    // Core's reason is English: kept whole, in brackets, after the reader's words.
    return tr("The GGUF header cannot be read (%1)").arg(fromUtf8(entry->headerError));
  }
  if (role != Qt::DisplayRole && role != SortRole)
    return {};
  const bool sort = role == SortRole;
  switch (index.column()) {
  case Name:
    return QString(fromUtf8(entry->displayName) +
                   (entry->layer.empty() ? QString() : QString(QStringLiteral(" · ") + layerText(entry->layer))));
  case Source: return sourceLabel(entry->source);
  case Role: return listText(badges(*entry));
  case Architecture: return header ? fromUtf8(header->architecture) : QString();
  case Quantization: return header ? fromUtf8(header->fileType) : QString();
  case Size: return sort ? QVariant(qulonglong(entry->size)) : QVariant(sizeText(entry->size));
  case Modified: {
    const auto when = QDateTime::fromMSecsSinceEpoch(entry->mtimeNs / 1000000);
    return sort ? QVariant(qlonglong(entry->mtimeNs)) : QVariant(QLocale().toString(when, QLocale::ShortFormat));
  }
  case Path: return pathText(entry->path);
  default: return {};
  }
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return {};
  switch (section) {
  case Name: return tr("Name");
  case Source: return tr("Source");
  case Role: return tr("Role");
  case Architecture: return tr("Architecture");
  case Quantization: return tr("Quantization");
  case Size: return tr("Size");
  case Modified: return tr("Modified");
  case Path: return tr("Path");
  default: return {};
  }
}

Qt::ItemFlags StoreTableModel::flags(const QModelIndex& index) const {
  return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList StoreTableModel::mimeTypes() const {
  return {QStringLiteral("text/uri-list")};
}

QMimeData* StoreTableModel::mimeData(const QModelIndexList& indexes) const {
  QList<QUrl> urls;
  std::set<int> rows;
  for (const QModelIndex& index : indexes)
    if (const auto* entry = entryAt(index); entry != nullptr && rows.insert(index.row()).second)
      urls << QUrl::fromLocalFile(pathText(entry->path));
  auto* mime = new QMimeData;
  mime->setUrls(urls);
  return mime;
}

StoreFilter::StoreFilter(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(StoreTableModel::SortRole);
  setSortCaseSensitivity(Qt::CaseInsensitive);
}

void StoreFilter::setSource(std::optional<stores::SourceKind> source) {
  source_ = source;
  invalidateFilter();
}

void StoreFilter::setText(const QString& text) {
  text_ = text.trimmed();
  invalidateFilter();
}

void StoreFilter::setModelFilesOnly(bool only) {
  modelFilesOnly_ = only;
  invalidateFilter();
}

bool StoreFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
  const auto* model = static_cast<const StoreTableModel*>(sourceModel());
  const auto* entry = model->entryAt(model->index(row, 0, parent));
  if (entry == nullptr)
    return false;
  if (source_ && entry->source != *source_)
    return false;
  if (modelFilesOnly_ && !entry->gguf && !entry->partial && !entry->orphan && !entry->leftover)
    return false;
  if (text_.isEmpty())
    return true;
  for (int column : {StoreTableModel::Name, StoreTableModel::Role, StoreTableModel::Architecture,
                     StoreTableModel::Quantization, StoreTableModel::Path})
    if (model->data(model->index(row, column, parent), Qt::DisplayRole).toString().contains(text_, Qt::CaseInsensitive))
      return true;
  return false;
}

} // namespace ui
} // namespace md
