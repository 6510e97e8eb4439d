package network.khata.notifications.sms;

import network.khata.api.messaging.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS texts as registered on the operators' DLT platforms and in MSG91, one per purpose and language (ten: Hindi,
 * English, Marathi, Gujarati, Bengali, Tamil, Telugu, Kannada, Malayalam, Punjabi): fixed words
 * with {@code ##name##} variables (MSG91's form; on DLT each is a {@code {#var#}}, the link a {@code {#url#}}). The
 * service fills the variables and nothing else; these texts are the README's registration table.
 */
public enum SmsTemplate {
    OTP(Map.of(
            "en", "##otp## is your Khata Network verification code. It is valid for 10 minutes. Do not share it.",
            "hi", "##otp## आपका खाता नेटवर्क सत्यापन कोड है। यह 10 मिनट के लिए मान्य है। इसे किसी से साझा न करें।",
            "mr", "##otp## हा तुमचा खाता नेटवर्क पडताळणी कोड आहे. तो 10 मिनिटे वैध आहे. तो कोणालाही सांगू नका.",
            "gu", "##otp## તમારો ખાતા નેટવર્ક ચકાસણી કોડ છે. તે 10 મિનિટ માટે માન્ય છે. તે કોઈને જણાવશો નહીં.",
            "bn", "##otp## আপনার খাতা নেটওয়ার্ক যাচাই কোড। এটি 10 মিনিট বৈধ। কাউকে জানাবেন না।",
            "ta", "##otp## உங்கள் காதா நெட்வொர்க் சரிபார்ப்புக் குறியீடு. இது 10 நிமிடங்கள் செல்லும். யாரிடமும் பகிர வேண்டாம்.",
            "te", "##otp## మీ ఖాతా నెట్‌వర్క్ ధృవీకరణ కోడ్. ఇది 10 నిమిషాలు చెల్లుతుంది. ఎవరితోనూ పంచుకోవద్దు.",
            "kn", "##otp## ನಿಮ್ಮ ಖಾತಾ ನೆಟ್‌ವರ್ಕ್ ಪರಿಶೀಲನಾ ಕೋಡ್. ಇದು 10 ನಿಮಿಷ ಮಾನ್ಯ. ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.",
            "ml", "##otp## നിങ്ങളുടെ ഖാതാ നെറ്റ്‌വർക്ക് സ്ഥിരീകരണ കോഡ് ആണ്. ഇത് 10 മിനിറ്റ് സാധുവാണ്. ആരുമായും പങ്കിടരുത്.",
            "pa", "##otp## ਤੁਹਾਡਾ ਖਾਤਾ ਨੈੱਟਵਰਕ ਪੁਸ਼ਟੀ ਕੋਡ ਹੈ। ਇਹ 10 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ। ਇਸ ਨੂੰ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।")),
    WELCOME(Map.of(
            "en", "##business## added you to Khata Network. Your code is ##otp##, valid for 10 minutes. Do not share it.",
            "hi", "##business## ने आपको खाता नेटवर्क से जोड़ा है। आपका कोड ##otp## है, 10 मिनट के लिए मान्य। इसे किसी से साझा न करें।",
            "mr", "##business## यांनी तुम्हाला खाता नेटवर्कशी जोडले आहे. तुमचा कोड ##otp## आहे, 10 मिनिटे वैध. तो कोणालाही सांगू नका.",
            "gu", "##business##એ તમને ખાતા નેટવર્કમાં ઉમેર્યા છે. તમારો કોડ ##otp## છે, 10 મિનિટ માટે માન્ય. તે કોઈને જણાવશો નહીં.",
            "bn", "##business## আপনাকে খাতা নেটওয়ার্কে যুক্ত করেছে। আপনার কোড ##otp##, 10 মিনিট বৈধ। কাউকে জানাবেন না।",
            "ta", "##business## உங்களை காதா நெட்வொர்க்கில் சேர்த்துள்ளது. உங்கள் குறியீடு ##otp##, 10 நிமிடங்கள் செல்லும். யாரிடமும் பகிர வேண்டாம்.",
            "te", "##business## మిమ్మల్ని ఖాతా నెట్‌వర్క్‌లో చేర్చింది. మీ కోడ్ ##otp##, 10 నిమిషాలు చెల్లుతుంది. ఎవరితోనూ పంచుకోవద్దు.",
            "kn", "##business## ನಿಮ್ಮನ್ನು ಖಾತಾ ನೆಟ್‌ವರ್ಕ್‌ಗೆ ಸೇರಿಸಿದೆ. ನಿಮ್ಮ ಕೋಡ್ ##otp##, 10 ನಿಮಿಷ ಮಾನ್ಯ. ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.",
            "ml", "##business## നിങ്ങളെ ഖാതാ നെറ്റ്‌വർക്കിൽ ചേർത്തു. നിങ്ങളുടെ കോഡ് ##otp##, 10 മിനിറ്റ് സാധു. ആരുമായും പങ്കിടരുത്.",
            "pa", "##business## ਨੇ ਤੁਹਾਨੂੰ ਖਾਤਾ ਨੈੱਟਵਰਕ ਨਾਲ ਜੋੜਿਆ ਹੈ। ਤੁਹਾਡਾ ਕੋਡ ##otp## ਹੈ, 10 ਮਿੰਟ ਲਈ ਵੈਧ। ਇਸ ਨੂੰ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।")),
    TEAM_CODE(Map.of(
            "en", "##otp## is your code to sign in to your business on Khata Network. It is valid for 10 minutes. Do not share it.",
            "hi", "##otp## खाता नेटवर्क पर अपने व्यवसाय में साइन इन करने का आपका कोड है। यह 10 मिनट के लिए मान्य है। इसे किसी से साझा न करें।",
            "mr", "##otp## हा खाता नेटवर्कवर तुमच्या व्यवसायात साइन इन करण्याचा कोड आहे. तो 10 मिनिटे वैध आहे. तो कोणालाही सांगू नका.",
            "gu", "##otp## ખાતા નેટવર્ક પર તમારા વ્યવસાયમાં સાઇન ઇન કરવાનો કોડ છે. તે 10 મિનિટ માટે માન્ય છે. તે કોઈને જણાવશો નહીં.",
            "bn", "##otp## খাতা নেটওয়ার্কে আপনার ব্যবসায় সাইন ইন করার কোড। এটি 10 মিনিট বৈধ। কাউকে জানাবেন না।",
            "ta", "##otp## காதா நெட்வொர்க்கில் உங்கள் வணிகத்தில் உள்நுழைவதற்கான குறியீடு. இது 10 நிமிடங்கள் செல்லும். யாரிடமும் பகிர வேண்டாம்.",
            "te", "##otp## ఖాతా నెట్‌వర్క్‌లో మీ వ్యాపారంలోకి సైన్ ఇన్ చేయడానికి కోడ్. ఇది 10 నిమిషాలు చెల్లుతుంది. ఎవరితోనూ పంచుకోవద్దు.",
            "kn", "##otp## ಖಾತಾ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ನಿಮ್ಮ ವ್ಯವಹಾರಕ್ಕೆ ಸೈನ್ ಇನ್ ಮಾಡುವ ಕೋಡ್. ಇದು 10 ನಿಮಿಷ ಮಾನ್ಯ. ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ.",
            "ml", "##otp## ഖാതാ നെറ്റ്‌വർക്കിൽ നിങ്ങളുടെ സ്ഥാപനത്തിലേക്ക് സൈൻ ഇൻ ചെയ്യാനുള്ള കോഡ് ആണ്. ഇത് 10 മിനിറ്റ് സാധുവാണ്. ആരുമായും പങ്കിടരുത്.",
            "pa", "##otp## ਖਾਤਾ ਨੈੱਟਵਰਕ ’ਤੇ ਆਪਣੇ ਕਾਰੋਬਾਰ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰਨ ਦਾ ਕੋਡ ਹੈ। ਇਹ 10 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ। ਇਸ ਨੂੰ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।")),
    OWNER_DISPUTE(Map.of(
            "en", "##customer## says invoice ##invoice## is not right. See why and answer on Khata Network: ##link##",
            "hi", "##customer## कहते हैं कि बिल ##invoice## सही नहीं है। कारण देखें और खाता नेटवर्क पर जवाब दें: ##link##",
            "mr", "##customer## म्हणतात की बिल ##invoice## बरोबर नाही. कारण पहा आणि खाता नेटवर्कवर उत्तर द्या: ##link##",
            "gu", "##customer## કહે છે કે બિલ ##invoice## બરાબર નથી. કારણ જુઓ અને ખાતા નેટવર્ક પર જવાબ આપો: ##link##",
            "bn", "##customer## বলছেন বিল ##invoice## ঠিক নয়। কারণ দেখুন এবং খাতা নেটওয়ার্কে উত্তর দিন: ##link##",
            "ta", "பில் ##invoice## சரியில்லை என்று ##customer## கூறுகிறார். காரணத்தைப் பார்த்து காதா நெட்வொர்க்கில் பதில் அளியுங்கள்: ##link##",
            "te", "బిల్లు ##invoice## సరైనది కాదని ##customer## అంటున్నారు. కారణం చూసి ఖాతా నెట్‌వర్క్‌లో సమాధానం ఇవ్వండి: ##link##",
            "kn", "ಬಿಲ್ ##invoice## ಸರಿಯಿಲ್ಲ ಎಂದು ##customer## ಹೇಳುತ್ತಾರೆ. ಕಾರಣ ನೋಡಿ ಖಾತಾ ನೆಟ್‌ವರ್ಕ್‌ನಲ್ಲಿ ಉತ್ತರಿಸಿ: ##link##",
            "ml", "ബിൽ ##invoice## ശരിയല്ലെന്ന് ##customer## പറയുന്നു. കാരണം കണ്ട് ഖാതാ നെറ്റ്‌വർക്കിൽ മറുപടി നൽകുക: ##link##",
            "pa", "##customer## ਕਹਿੰਦੇ ਹਨ ਕਿ ਬਿੱਲ ##invoice## ਠੀਕ ਨਹੀਂ ਹੈ। ਕਾਰਨ ਵੇਖੋ ਅਤੇ ਖਾਤਾ ਨੈੱਟਵਰਕ ’ਤੇ ਜਵਾਬ ਦਿਓ: ##link##")),
    OWNER_NOT_ME(Map.of(
            "en", "The person at ##phone## says they are not your customer ##customer##. Messages to that number have stopped.",
            "hi", "##phone## वाले व्यक्ति कहते हैं कि वे आपके ग्राहक ##customer## नहीं हैं। उस नंबर पर संदेश बंद कर दिए गए हैं।",
            "mr", "##phone## वरील व्यक्ती म्हणते की ते तुमचे ग्राहक ##customer## नाहीत. त्या नंबरवर संदेश थांबवले आहेत.",
            "gu", "##phone## પરની વ્યક્તિ કહે છે કે તેઓ તમારા ગ્રાહક ##customer## નથી. તે નંબર પર સંદેશા બંધ કર્યા છે.",
            "bn", "##phone## নম্বরের ব্যক্তি বলছেন তিনি আপনার গ্রাহক ##customer## নন। ওই নম্বরে বার্তা পাঠানো বন্ধ হয়েছে।",
            "ta", "##phone## எண்ணில் உள்ளவர் தாம் உங்கள் வாடிக்கையாளர் ##customer## அல்ல என்கிறார். அந்த எண்ணுக்கு செய்திகள் நிறுத்தப்பட்டன.",
            "te", "##phone## నంబర్‌లోని వ్యక్తి తాము మీ కస్టమర్ ##customer## కాదని అంటున్నారు. ఆ నంబర్‌కు సందేశాలు ఆపేశాం.",
            "kn", "##phone## ಸಂಖ್ಯೆಯ ವ್ಯಕ್ತಿ ತಾವು ನಿಮ್ಮ ಗ್ರಾಹಕ ##customer## ಅಲ್ಲ ಎನ್ನುತ್ತಾರೆ. ಆ ಸಂಖ್ಯೆಗೆ ಸಂದೇಶಗಳನ್ನು ನಿಲ್ಲಿಸಲಾಗಿದೆ.",
            "ml", "##phone## നമ്പറിലെ ആൾ താൻ നിങ്ങളുടെ ഉപഭോക്താവ് ##customer## അല്ലെന്ന് പറയുന്നു. ആ നമ്പറിലേക്കുള്ള സന്ദേശങ്ങൾ നിർത്തി.",
            "pa", "##phone## ਵਾਲਾ ਵਿਅਕਤੀ ਕਹਿੰਦਾ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡਾ ਗਾਹਕ ##customer## ਨਹੀਂ ਹੈ। ਉਸ ਨੰਬਰ ’ਤੇ ਸੁਨੇਹੇ ਬੰਦ ਕਰ ਦਿੱਤੇ ਗਏ ਹਨ।")),
    INVOICE_CREATED(Map.of(
            "en", "##business##: invoice ##invoice## for Rs ##amount## is ready. Due ##due##. Pay: ##link##",
            "hi", "##business##: चालान ##invoice##, ₹##amount## का, तैयार है। देय तिथि ##due##। भुगतान करें: ##link##",
            "mr", "##business##: बिल ##invoice##, ₹##amount## चे, तयार आहे. देय तारीख ##due##. पैसे भरा: ##link##",
            "gu", "##business##: બિલ ##invoice##, ₹##amount##નું, તૈયાર છે. ચૂકવવાની તારીખ ##due##. ચૂકવો: ##link##",
            "bn", "##business##: বিল ##invoice##, ₹##amount##, তৈরি। শেষ তারিখ ##due##। টাকা দিন: ##link##",
            "ta", "##business##: பில் ##invoice##, ₹##amount##, தயார். கடைசி தேதி ##due##. செலுத்த: ##link##",
            "te", "##business##: బిల్లు ##invoice##, ₹##amount##, సిద్ధంగా ఉంది. గడువు ##due##. చెల్లించండి: ##link##",
            "kn", "##business##: ಬಿಲ್ ##invoice##, ₹##amount##, ಸಿದ್ಧವಾಗಿದೆ. ಕೊನೆಯ ದಿನಾಂಕ ##due##. ಪಾವತಿಸಿ: ##link##",
            "ml", "##business##: ബിൽ ##invoice##, ₹##amount##, തയ്യാർ. അവസാന തീയതി ##due##. പണമടയ്ക്കാൻ: ##link##",
            "pa", "##business##: ਬਿੱਲ ##invoice##, ₹##amount## ਦਾ, ਤਿਆਰ ਹੈ। ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ##due##। ਭੁਗਤਾਨ ਕਰੋ: ##link##")),
    REMINDER(Map.of(
            "en", "Reminder from ##business##: Rs ##amount## is outstanding on invoice ##invoice##. Due ##due##. Pay: ##link##",
            "hi", "##business## की ओर से याद दिलाना: चालान ##invoice## पर ₹##amount## बकाया है। देय तिथि ##due##। भुगतान करें: ##link##",
            "mr", "##business## कडून आठवण: बिल ##invoice## वर ₹##amount## थकबाकी आहे. देय तारीख ##due##. पैसे भरा: ##link##",
            "gu", "##business## તરફથી યાદ: બિલ ##invoice## પર ₹##amount## બાકી છે. ચૂકવવાની તારીખ ##due##. ચૂકવો: ##link##",
            "bn", "##business##-এর পক্ষ থেকে মনে করিয়ে দেওয়া: বিল ##invoice##-এ ₹##amount## বাকি। শেষ তারিখ ##due##। টাকা দিন: ##link##",
            "ta", "##business## நினைவூட்டல்: பில் ##invoice##-இல் ₹##amount## நிலுவையில் உள்ளது. கடைசி தேதி ##due##. செலுத்த: ##link##",
            "te", "##business## నుండి గుర్తుచేత: బిల్లు ##invoice##పై ₹##amount## బాకీ ఉంది. గడువు ##due##. చెల్లించండి: ##link##",
            "kn", "##business## ಅವರಿಂದ ನೆನಪು: ಬಿಲ್ ##invoice## ಮೇಲೆ ₹##amount## ಬಾಕಿ ಇದೆ. ಕೊನೆಯ ದಿನಾಂಕ ##due##. ಪಾವತಿಸಿ: ##link##",
            "ml", "##business## ഓർമ്മപ്പെടുത്തുന്നു: ബിൽ ##invoice##-ൽ ₹##amount## കുടിശ്ശികയുണ്ട്. അവസാന തീയതി ##due##. പണമടയ്ക്കാൻ: ##link##",
            "pa", "##business## ਵੱਲੋਂ ਯਾਦ-ਦਹਾਨੀ: ਬਿੱਲ ##invoice## ’ਤੇ ₹##amount## ਬਕਾਇਆ ਹੈ। ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ##due##। ਭੁਗਤਾਨ ਕਰੋ: ##link##")),
    URGENT(Map.of(
            "en", "URGENT from ##business##: invoice ##invoice## has Rs ##amount## outstanding. Due ##due##. Pay: ##link##",
            "hi", "ज़रूरी, ##business## की ओर से: चालान ##invoice## पर ₹##amount## बकाया है। देय तिथि ##due##। भुगतान करें: ##link##",
            "mr", "तातडीचे, ##business## कडून: बिल ##invoice## वर ₹##amount## थकबाकी आहे. देय तारीख ##due##. पैसे भरा: ##link##",
            "gu", "તાકીદનું, ##business## તરફથી: બિલ ##invoice## પર ₹##amount## બાકી છે. ચૂકવવાની તારીખ ##due##. ચૂકવો: ##link##",
            "bn", "জরুরি, ##business##-এর পক্ষ থেকে: বিল ##invoice##-এ ₹##amount## বাকি। শেষ তারিখ ##due##। টাকা দিন: ##link##",
            "ta", "அவசரம், ##business##: பில் ##invoice##-இல் ₹##amount## நிலுவையில் உள்ளது. கடைசி தேதி ##due##. செலுத்த: ##link##",
            "te", "అత్యవసరం, ##business## నుండి: బిల్లు ##invoice##పై ₹##amount## బాకీ ఉంది. గడువు ##due##. చెల్లించండి: ##link##",
            "kn", "ತುರ್ತು, ##business## ಅವರಿಂದ: ಬಿಲ್ ##invoice## ಮೇಲೆ ₹##amount## ಬಾಕಿ ಇದೆ. ಕೊನೆಯ ದಿನಾಂಕ ##due##. ಪಾವತಿಸಿ: ##link##",
            "ml", "അടിയന്തരം, ##business##: ബിൽ ##invoice##-ൽ ₹##amount## കുടിശ്ശികയുണ്ട്. അവസാന തീയതി ##due##. പണമടയ്ക്കാൻ: ##link##",
            "pa", "ਜ਼ਰੂਰੀ, ##business## ਵੱਲੋਂ: ਬਿੱਲ ##invoice## ’ਤੇ ₹##amount## ਬਕਾਇਆ ਹੈ। ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ##due##। ਭੁਗਤਾਨ ਕਰੋ: ##link##")),
    RECEIPT(Map.of(
            "en", "##business##: payment of Rs ##amount## received for invoice ##invoice##, thank you. Still due: Rs ##balance##.",
            "hi", "##business##: चालान ##invoice## के लिए ₹##amount## का भुगतान मिला, धन्यवाद। बाकी: ₹##balance##।",
            "mr", "##business##: बिल ##invoice## साठी ₹##amount## मिळाले, धन्यवाद. बाकी: ₹##balance##.",
            "gu", "##business##: બિલ ##invoice## માટે ₹##amount## મળ્યા, આભાર. બાકી: ₹##balance##.",
            "bn", "##business##: বিল ##invoice##-এর জন্য ₹##amount## পাওয়া গেছে, ধন্যবাদ। বাকি: ₹##balance##।",
            "ta", "##business##: பில் ##invoice##-க்கு ₹##amount## பெற்றோம், நன்றி. மீதி: ₹##balance##.",
            "te", "##business##: బిల్లు ##invoice##కు ₹##amount## అందింది, ధన్యవాదాలు. ఇంకా బాకీ: ₹##balance##.",
            "kn", "##business##: ಬಿಲ್ ##invoice##ಗೆ ₹##amount## ಸ್ವೀಕರಿಸಲಾಗಿದೆ, ಧನ್ಯವಾದಗಳು. ಇನ್ನೂ ಬಾಕಿ: ₹##balance##.",
            "ml", "##business##: ബിൽ ##invoice##-ന് ₹##amount## ലഭിച്ചു, നന്ദി. ബാക്കി: ₹##balance##.",
            "pa", "##business##: ਬਿੱਲ ##invoice## ਲਈ ₹##amount## ਮਿਲੇ, ਧੰਨਵਾਦ। ਬਾਕੀ: ₹##balance##।"));

    /** The ten languages customers read; Hindi is said when a language is not one of them. */
    public static final List<String> LANGUAGES = Language.codes();

    private final Map<String, String> texts;
    /** Each language's variables in order, read once from its text: rendering asks on every message. */
    private final Map<String, List<SmsVariable>> variables;

    SmsTemplate(Map<String, String> texts) {
        this.texts = texts;
        this.variables = texts.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                text -> Placeholders.VARIABLE.matcher(text.getValue()).results().map(found -> SmsVariable.named(found.group(1))).toList()));
    }

    /** The purpose's name in configuration and in MSG91: {@code invoice_created}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String text(String language) {
        return texts.get(languageOf(language));
    }

    /** The language itself when the templates speak it, else Hindi. */
    public static String languageOf(String language) {
        return language != null && LANGUAGES.contains(language.toLowerCase(Locale.ROOT)) ? language.toLowerCase(Locale.ROOT) : "hi";
    }

    /** The variables of the text, in order. */
    public List<SmsVariable> variables(String language) {
        return variables.get(languageOf(language));
    }

    /** The text with each variable's value in its place. */
    public String fill(String language, Map<String, String> values) {
        return Placeholders.VARIABLE.matcher(text(language)).replaceAll(found -> Matcher.quoteReplacement(values.get(found.group(1))));
    }

    /** The {@code ##name##} placeholders, apart: an enum's constructor cannot read its own static fields. */
    private static final class Placeholders {
        static final Pattern VARIABLE = Pattern.compile("##([a-z_]+)##");
    }

    public static SmsTemplate fromCode(String code) {
        return Arrays.stream(values()).filter(template -> template.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SMS template " + code));
    }
}
