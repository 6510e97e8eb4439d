package network.khata.projections.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticKeyTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({
            "lakshmi, laxmi", "lakshmi, लक्ष्मी", "mukherjee, mukerjee", "mukherjee, mukherji", "agarwal, aggarwal",
            "agarwal, agrawal", "agarwal, अग्रवाल", "mohammed, mohd", "mohammed, muhammad", "mohammed, मोहम्मद",
            "shri, sri", "shree, sri", "pooja, puja", "pooja, पूजा", "deepak, dipak", "sunil, suneel", "sunil, सुनील",
            "srinivas, shrinivas", "srinivas, sreenivas", "gautam, goutam", "gautam, gowtham", "vijay, vijai",
            "singh, सिंह", "singh, sing", "priya, pria", "priya, प्रिया", "ramesh, रमेश", "sharma, शर्मा",
            "kumar, कुमार", "kumar, kr", "gupta, गुप्ता", "phani, fani", "waseem, vaseem", "chhaya, chaya",
            "khan, ख़ान", "qureshi, kureshi", "shweta, sweta", "aarti, arti", "dubey, दुबे", "verma, वर्मा", "verma, varma", "mukherjee, मुखर्जी", "chatterjee, chatarji", "banerjee, banerji", "pandey, पांडेय",
            // issue 27: the scripts of India's other languages
            "gopal, கோபால்", "padma, பத்மா", "senthil, செந்தில்", "anjali, அஞ்சலி", "pichai, பிச்சை", "iyer, ஐயர்",
            "venkatesh, వెంకటేష్", "rao, రావు", "rao, ರಾವ್", "shetty, ಶೆಟ್ಟಿ", "karthik, കാർത്തിക്", "menon, മേനോൻ",
            "biswajit, বিশ্বজিৎ", "chatterjee, চ্যাটার্জী", "bhattacharya, ভট্টাচার্য", "dutta, দত্ত", "mondal, মণ্ডল",
            "patel, પટેલ", "thakkar, ઠક્કર", "kulkarni, कुलकर्णी", "harjinder, ਹਰਜਿੰਦਰ", "sidhu, ਸਿੱਧੂ", "singh, ਸਿੰਘ",
            "vivek, bibek"})
    void spellingsOfOneNameHaveOneKey(String one, String other) {
        String key = PhoneticKey.of(NameTokens.of(one).get(0));
        assertThat(key).isNotEmpty().isEqualTo(PhoneticKey.of(NameTokens.of(other).get(0)));
    }

    @ParameterizedTest(name = "{0} does not sound like {1}")
    @CsvSource({"ramesh, suresh", "ramesh, rajesh", "sharma, verma", "patel, patil", "amit, sumit", "khan, kaur", "rupa, ripa", "sunil, sanjay"})
    void differentNamesHaveDifferentKeys(String one, String other) {
        assertThat(PhoneticKey.of(one)).isNotEqualTo(PhoneticKey.of(other));
    }

    @ParameterizedTest
    @CsvSource({"ab", "र"})
    void wordsTooShortHaveNoKey(String word) {
        assertThat(PhoneticKey.of(word)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"रमेश, ramesh", "लक्ष्मी, lakshmee", "सिंह, sinh", "संजय, sanjay", "ख़ान, khaan", "प्रिया, priyaa"})
    void devanagariIsWrittenInLatinLettersAsOwnersSpellIt(String devanagari, String latin) {
        assertThat(Devanagari.toLatin(NameTokens.of(devanagari).get(0))).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({"'रमेश शर्मा', रमेश", "'José Kumar', jose"})
    void nameWordsKeepDevanagariVowelSignsAndLoseLatinAccents(String name, String firstWord) {
        assertThat(NameTokens.of(name).get(0)).isEqualTo(firstWord);
    }
}
