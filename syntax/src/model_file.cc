// The model file: a header, the relation names the weights were trained for, and three weight
// tables, each deflated (most rows of a hashed table are empty). Little-endian, as written by
// x86-64 and ARM; the bytes depend only on the weights.
#include <zlib.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "features.h"
#include "irkg/graph/error.h"
#include "model.h"

namespace irkg::syntax {
namespace {

constexpr char kMagic[8] = {'I', 'R', 'K', 'G', 'S', 'Y', 'N', '1'};

template <typename T>
void Put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(value));
}

class Reader {
 public:
  Reader(const std::string& data, const std::string& path) : data_(data), path_(path) {}
  template <typename T>
  T Get() {
    T value;
    Need(sizeof(T));
    std::memcpy(&value, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }
  std::string_view Bytes(size_t n) {
    Need(n);
    std::string_view out(data_.data() + pos_, n);
    pos_ += n;
    return out;
  }
  [[noreturn]] void Fail(const std::string& why) const { throw Error(path_ + ": " + why); }

 private:
  void Need(size_t n) const {
    if (data_.size() - pos_ < n) Fail("truncated model file");
  }
  const std::string& data_;
  const std::string& path_;
  size_t pos_ = 0;
};

void PutTable(std::string& out, const WeightTable& table) {
  Put<uint32_t>(out, static_cast<uint32_t>(table.bits));
  Put<uint32_t>(out, static_cast<uint32_t>(table.classes));
  Put<uint32_t>(out, static_cast<uint32_t>(table.stride));
  const auto raw_size = static_cast<uLong>(table.weights.size() * sizeof(int16_t));
  uLongf size = compressBound(raw_size);
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
                reinterpret_cast<const Bytef*>(table.weights.data()), raw_size, 6) != Z_OK) {
    throw Error("model: cannot compress the weights");
  }
  Put<uint64_t>(out, size);
  out.append(packed.data(), size);
}

WeightTable GetTable(Reader& in, int classes, int stride) {
  const auto bits = in.Get<uint32_t>();
  const auto table_classes = in.Get<uint32_t>();
  const auto table_stride = in.Get<uint32_t>();
  if (bits < 4 || bits > 26 || static_cast<int>(table_classes) != classes ||
      static_cast<int>(table_stride) != stride) {
    in.Fail("weight table of unexpected shape");
  }
  WeightTable table(static_cast<int>(bits), classes);
  const auto packed_size = in.Get<uint64_t>();
  std::string_view packed = in.Bytes(packed_size);
  uLongf size = static_cast<uLongf>(table.weights.size() * sizeof(int16_t));
  const uLongf expected = size;
  if (uncompress(reinterpret_cast<Bytef*>(table.weights.data()), &size,
                 reinterpret_cast<const Bytef*>(packed.data()),
                 static_cast<uLong>(packed.size())) != Z_OK ||
      size != expected) {
    in.Fail("corrupt weight table");
  }
  return table;
}

}  // namespace

void SaveModel(const Model& model, const std::string& path) {
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(out, features::kVersion);
  Put<uint32_t>(out, kUposCount);
  Put<uint32_t>(out, kDeprelCount);
  for (int i = 0; i < kDeprelCount; ++i) {
    std::string_view name = ToString(static_cast<Deprel>(i));
    Put<uint8_t>(out, static_cast<uint8_t>(name.size()));
    out.append(name);
  }
  Put<uint64_t>(out, model.vocabulary.slots().size());
  for (uint64_t slot : model.vocabulary.slots()) Put<uint64_t>(out, slot);
  PutTable(out, model.tagger);
  PutTable(out, model.transitions);
  PutTable(out, model.labels);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) throw Error(path + ": cannot write the model");
}

Model LoadModel(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(path + ": cannot open");
  std::ostringstream buffer;
  buffer << file.rdbuf();
  const std::string data = std::move(buffer).str();
  Reader in(data, path);
  if (in.Bytes(sizeof(kMagic)) != std::string_view(kMagic, sizeof(kMagic))) {
    in.Fail("not an irkg syntax model");
  }
  if (in.Get<uint32_t>() != features::kVersion) {
    in.Fail("model made for other features: retrain it with this irkg");
  }
  if (in.Get<uint32_t>() != kUposCount || in.Get<uint32_t>() != kDeprelCount) {
    in.Fail("model made for other tags or relations: retrain it with this irkg");
  }
  for (int i = 0; i < kDeprelCount; ++i) {
    const auto size = in.Get<uint8_t>();
    if (in.Bytes(size) != ToString(static_cast<Deprel>(i))) {
      in.Fail("model made for other relations: retrain it with this irkg");
    }
  }
  Model model;
  const auto slots = in.Get<uint64_t>();
  if (slots > (uint64_t{1} << 26) || (slots & (slots - 1)) != 0) in.Fail("corrupt vocabulary");
  std::vector<uint64_t> vocabulary(slots);
  for (uint64_t& slot : vocabulary) slot = in.Get<uint64_t>();
  model.vocabulary.SetSlots(std::move(vocabulary));
  model.tagger = GetTable(in, kUposCount, kTaggerStride);
  model.transitions = GetTable(in, kTransitionCount, kTransitionStride);
  model.labels = GetTable(in, kDeprelCount, kLabelStride);
  return model;
}

}  // namespace irkg::syntax
