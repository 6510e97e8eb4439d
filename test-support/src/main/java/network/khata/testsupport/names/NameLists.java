package network.khata.testsupport.names;

import java.util.List;
import java.util.Map;

/**
 * Names by region and community, as owners across India write them in Latin letters, with the Devanagari form of
 * the common North Indian ones and the spelling variants one name takes. Written by hand for
 * {@link IndianNameCorpus}; nothing is downloaded.
 */
final class NameLists {
    private NameLists() {
    }

    /** One community's first names and surnames. */
    record Community(String name, List<String> firstNames, List<String> surnames) {
    }

    static final List<Community> COMMUNITIES = List.of(
            new Community("North (Hindu)", List.of("Ramesh", "Suresh", "Rajesh", "Mahesh", "Dinesh", "Amit", "Sunil",
                    "Anil", "Vijay", "Sanjay", "Rakesh", "Mukesh", "Pooja", "Neha", "Priya", "Sunita", "Anita", "Kavita",
                    "Lakshmi", "Aarti", "Deepak", "Rahul", "Rohit", "Manoj", "Ashok", "Gaurav", "Saurabh", "Shweta",
                    "Nisha", "Rekha", "Geeta", "Seema", "Vivek", "Alok", "Pankaj", "Shivani", "Ankit", "Sushil"),
                    List.of("Sharma", "Verma", "Gupta", "Agarwal", "Kumar", "Yadav", "Mishra", "Tiwari", "Pandey",
                            "Srivastava", "Chauhan", "Saxena", "Joshi", "Malhotra", "Kapoor", "Khanna", "Chaudhary",
                            "Dubey", "Tripathi", "Rastogi", "Bansal", "Goyal", "Jain", "Sinha")),
            new Community("South", List.of("Venkatesh", "Srinivas", "Lakshmi", "Subramanian", "Karthik", "Arun", "Divya",
                    "Sowmya", "Ramakrishnan", "Balaji", "Murugan", "Anand", "Raghavan", "Padma", "Revathi", "Senthil",
                    "Gopal", "Lavanya", "Deepa", "Suresh", "Vijayalakshmi", "Prakash", "Meena", "Harish", "Kavya"),
                    List.of("Iyer", "Iyengar", "Nair", "Menon", "Pillai", "Reddy", "Naidu", "Rao", "Krishnan",
                            "Subramaniam", "Gowda", "Shetty", "Hegde", "Chettiar", "Raju", "Varma", "Kurup")),
            new Community("East", List.of("Sourav", "Subhash", "Debashish", "Arindam", "Anirban", "Soumya", "Moumita",
                    "Rupa", "Tanmoy", "Partha", "Biswajit", "Sudipta", "Gautam", "Indrani", "Sanjukta", "Abhijit",
                    "Tapas", "Mitali", "Subrata", "Ananya"),
                    List.of("Mukherjee", "Banerjee", "Chatterjee", "Bhattacharya", "Ghosh", "Bose", "Das", "Dutta", "Sen",
                            "Roy", "Chakraborty", "Mohanty", "Patnaik", "Mondal", "Saha", "Sarkar")),
            new Community("West", List.of("Rajendra", "Sachin", "Vishal", "Nilesh", "Sandeep", "Jignesh", "Hetal",
                    "Bhavna", "Pravin", "Kiran", "Mahendra", "Dhruv", "Ketan", "Mitesh", "Falguni", "Snehal", "Tushar",
                    "Ashwini", "Swati", "Yogesh"),
                    List.of("Patel", "Shah", "Desai", "Mehta", "Joshi", "Patil", "Deshmukh", "Kulkarni", "Jadhav", "Pawar",
                            "Gaikwad", "Bhatt", "Parekh", "Thakkar", "Modi", "Shinde")),
            new Community("Muslim", List.of("Mohammed", "Abdul", "Imran", "Salman", "Farhan", "Ayesha", "Fatima",
                    "Zainab", "Rizwan", "Arif", "Shahid", "Nasreen", "Irfan", "Sameer", "Javed", "Shabana", "Yusuf"),
                    List.of("Khan", "Ansari", "Qureshi", "Siddiqui", "Shaikh", "Syed", "Pathan", "Mirza", "Hussain",
                            "Ahmed", "Rizvi", "Malik")),
            new Community("Sikh", List.of("Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Harjinder", "Balwinder",
                    "Kuldeep", "Simran", "Amandeep", "Navjot", "Paramjit", "Sukhwinder", "Jasleen", "Gurmeet"),
                    List.of("Singh", "Kaur", "Gill", "Sandhu", "Sidhu", "Dhillon", "Grewal", "Bajwa", "Randhawa", "Brar")),
            new Community("Christian", List.of("Joseph", "Thomas", "Mary", "George", "John", "Anthony", "Francis",
                    "Maria", "Jacob", "Philip", "Susan", "Jessy", "Agnes", "Sebastian", "Rosamma"),
                    List.of("D'Souza", "Fernandes", "Pereira", "Rodrigues", "Mathew", "Varghese", "Kurian", "Pinto",
                            "Lobo", "Menezes", "Abraham", "Chacko")));

    /** Devanagari forms of North Indian names, as a Hindi-speaking owner types them. */
    static final Map<String, String> DEVANAGARI = Map.ofEntries(
            Map.entry("Ramesh", "रमेश"), Map.entry("Suresh", "सुरेश"), Map.entry("Rajesh", "राजेश"),
            Map.entry("Mahesh", "महेश"), Map.entry("Dinesh", "दिनेश"), Map.entry("Amit", "अमित"),
            Map.entry("Sunil", "सुनील"), Map.entry("Anil", "अनिल"), Map.entry("Vijay", "विजय"),
            Map.entry("Sanjay", "संजय"), Map.entry("Rakesh", "राकेश"), Map.entry("Mukesh", "मुकेश"),
            Map.entry("Pooja", "पूजा"), Map.entry("Neha", "नेहा"), Map.entry("Priya", "प्रिया"),
            Map.entry("Sunita", "सुनीता"), Map.entry("Anita", "अनीता"), Map.entry("Kavita", "कविता"),
            Map.entry("Lakshmi", "लक्ष्मी"), Map.entry("Aarti", "आरती"), Map.entry("Deepak", "दीपक"),
            Map.entry("Rahul", "राहुल"), Map.entry("Rohit", "रोहित"), Map.entry("Manoj", "मनोज"),
            Map.entry("Ashok", "अशोक"), Map.entry("Gaurav", "गौरव"), Map.entry("Nisha", "निशा"),
            Map.entry("Rekha", "रेखा"), Map.entry("Geeta", "गीता"), Map.entry("Seema", "सीमा"),
            Map.entry("Vivek", "विवेक"), Map.entry("Pankaj", "पंकज"),
            Map.entry("Sharma", "शर्मा"), Map.entry("Verma", "वर्मा"), Map.entry("Gupta", "गुप्ता"),
            Map.entry("Agarwal", "अग्रवाल"), Map.entry("Kumar", "कुमार"), Map.entry("Yadav", "यादव"),
            Map.entry("Mishra", "मिश्रा"), Map.entry("Tiwari", "तिवारी"), Map.entry("Pandey", "पांडेय"),
            Map.entry("Joshi", "जोशी"), Map.entry("Jain", "जैन"), Map.entry("Singh", "सिंह"),
            Map.entry("Chauhan", "चौहान"), Map.entry("Saxena", "सक्सेना"), Map.entry("Dubey", "दुबे"),
            Map.entry("Patel", "पटेल"), Map.entry("Shah", "शाह"), Map.entry("Khan", "ख़ान"),
            Map.entry("Mohammed", "मोहम्मद"), Map.entry("Imran", "इमरान"), Map.entry("Salman", "सलमान"));

    /** Other ways owners spell a name: each must find the customer whose name is spelt the first way. */
    static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("Lakshmi", List.of("Laxmi", "Lakshmee", "Luxmi")),
            Map.entry("Mukherjee", List.of("Mukerjee", "Mukherji", "Mukharjee")),
            Map.entry("Banerjee", List.of("Bannerjee", "Banerji")),
            Map.entry("Chatterjee", List.of("Chaterjee", "Chatterji")),
            Map.entry("Agarwal", List.of("Aggarwal", "Agrawal", "Agarwaal")),
            Map.entry("Mohammed", List.of("Mohd", "Muhammad", "Mohamed", "Md")),
            Map.entry("Pooja", List.of("Puja")),
            Map.entry("Deepak", List.of("Dipak")),
            Map.entry("Sunil", List.of("Suneel")),
            Map.entry("Srinivas", List.of("Shrinivas", "Sreenivas", "Shreenivas")),
            Map.entry("Sowmya", List.of("Soumya", "Saumya")),
            Map.entry("Gautam", List.of("Goutam", "Gowtham")),
            Map.entry("Vijay", List.of("Vijai")),
            Map.entry("Singh", List.of("Sing")),
            Map.entry("Priya", List.of("Pria")),
            Map.entry("Verma", List.of("Varma")),
            Map.entry("Pandey", List.of("Pande", "Pandy")),
            Map.entry("Tiwari", List.of("Tiwary", "Tewari")),
            Map.entry("Ghosh", List.of("Ghose")),
            Map.entry("Bhattacharya", List.of("Bhattacharjee", "Bhatacharya")),
            Map.entry("Chaudhary", List.of("Choudhary", "Chowdhury", "Chaudhari")),
            Map.entry("Srivastava", List.of("Shrivastava", "Srivastav")),
            Map.entry("Geeta", List.of("Gita")),
            Map.entry("Seema", List.of("Sima")),
            Map.entry("Neha", List.of("Nehaa")),
            Map.entry("Aarti", List.of("Arti", "Aarthi")),
            Map.entry("Sourav", List.of("Saurav", "Sourab")),
            Map.entry("Subhash", List.of("Subash", "Shubhash")),
            Map.entry("Shweta", List.of("Sweta")),
            Map.entry("Kuldeep", List.of("Kuldip")),
            Map.entry("Gurpreet", List.of("Gurprit")),
            Map.entry("Harpreet", List.of("Harprit")),
            Map.entry("Qureshi", List.of("Kureshi", "Quraishi")),
            Map.entry("Siddiqui", List.of("Siddiqi", "Sidiqui")),
            Map.entry("Shaikh", List.of("Sheikh", "Shaik")),
            Map.entry("Yusuf", List.of("Yousuf", "Yusuff")),
            Map.entry("Zainab", List.of("Jainab")),
            Map.entry("D'Souza", List.of("Dsouza", "D Souza")),
            Map.entry("Varghese", List.of("Verghese", "Vargese")),
            Map.entry("Mathew", List.of("Mathews", "Matthew")),
            Map.entry("Venkatesh", List.of("Venkatessh", "Venkatesan")),
            Map.entry("Iyengar", List.of("Ayyangar")),
            Map.entry("Bhavna", List.of("Bhavana")),
            Map.entry("Rajendra", List.of("Rajender", "Rajinder")),
            Map.entry("Jignesh", List.of("Jigneshh")));
}
