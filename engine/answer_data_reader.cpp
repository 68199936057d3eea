// Decoding answer_data with rapidjson; see answer_data_reader.h.
#include "engine/answer_data_reader.h"
#include "base/messages.h"

#include <charconv>
#include <stdexcept>

#define RAPIDJSON_HAS_STDSTRING 0
#include <rapidjson/reader.h>

namespace peiling {

namespace {

// The shape is {"question": {"item": value, ...}, ...}: keys at depth 1 name a question,
// keys at depth 2 an item, values at depth 2 are answers. Anything else is refused.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
 public:
  explicit Handler(std::vector<StoredAnswerView>& answers) : answers_(answers) {}

  bool StartObject() { return ++depth_ <= 2; }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* text, rapidjson::SizeType length, bool) {
    (depth_ == 1 ? question_ : item_) = std::string_view(text, length);
    return true;
  }
  bool String(const char* text, rapidjson::SizeType length, bool) {
    return add(std::string_view(text, length), std::nullopt);
  }
  // Numbers arrive as their text (kParseNumbersAsStringsFlag), exactly as the writer wrote them.
  bool RawNumber(const char* text, rapidjson::SizeType length, bool) {
    const std::string_view written(text, length);
    double number = 0;
    const auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), number);
    if (error != std::errc() || end != written.data() + written.size()) return false;
    return add(written, number);
  }
  bool Default() { return false; }  // arrays, booleans, null: not answer_data

 private:
  bool add(std::string_view text, std::optional<double> number) {
    if (depth_ != 2) return false;
    answers_.push_back({question_, item_, text, number});
    return true;
  }

  std::vector<StoredAnswerView>& answers_;
  int depth_ = 0;
  std::string_view question_;
  std::string_view item_;
};

}  // namespace

const std::vector<StoredAnswerView>& AnswerDataReader::read(std::string_view answer_data) {
  answers_.clear();
  buffer_.assign(answer_data);  // parsed in place: strings are unescaped inside the buffer
  Handler handler(answers_);
  rapidjson::Reader reader;
  rapidjson::InsituStringStream stream(buffer_.data());
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag |
                              rapidjson::kParseStopWhenDoneFlag;
  if (reader.Parse<kFlags>(stream, handler).IsError())
    throw std::runtime_error(text(Msg::stored_answers_unreadable, reader.GetErrorOffset()));
  return answers_;
}

}  // namespace peiling
