// Issuing and checking form nonces (form_nonce.h): the tag covers survey, group and the
// random part, each delimited, so no two different triples sign the same text.
#include "web/form_nonce.h"

#include "web/security.h"

namespace peiling::web {

namespace {

constexpr std::size_t kRandomDigits = 32;
constexpr std::size_t kTagDigits = 32;

std::string tag(std::string_view form_key, std::int64_t survey_id, std::string_view group, std::string_view random) {
  const std::string message = "peiling form nonce\n" + std::to_string(survey_id) + "\n" + std::string(random) + "\n" +
                              std::string(group);
  return keyed_hash(form_key, message).substr(0, kTagDigits);
}

}  // namespace

std::string issue_form_nonce(std::string_view form_key, std::int64_t survey_id, std::string_view group) {
  const std::string random = random_key();
  return random + tag(form_key, survey_id, group, random);
}

bool is_issued_form_nonce(std::string_view form_key, std::int64_t survey_id, std::string_view group,
                          std::string_view nonce) {
  if (nonce.size() != kRandomDigits + kTagDigits || !is_key_shaped(nonce.substr(0, kRandomDigits))) return false;
  const std::string_view random = nonce.substr(0, kRandomDigits);
  return constant_time_equal(nonce.substr(kRandomDigits), tag(form_key, survey_id, group, random));
}

}  // namespace peiling::web
