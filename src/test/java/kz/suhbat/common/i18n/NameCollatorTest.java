package kz.suhbat.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names in the order a Kazakh, Russian or English reader looks them up in. */
class NameCollatorTest {

    @Test
    void kazakhLettersFollowTheirBaseLetters() {
        List<String> alphabet = List.of("Алиев", "Әлиев", "Бекова", "Гусев", "Ғалымов", "Дана", "Кенжебаев",
                "Қасымов", "Нұрланов", "Ңұрова", "Оспанов", "Өмірбеков", "Пак", "Усенов", "Ұланов", "Үмітов",
                "Федоров", "Ханов", "Һакимов", "Цой", "Ыбыраев", "Іргебаев", "Эргешов");
        List<String> shuffled = new ArrayList<>(alphabet);
        Collections.shuffle(shuffled, new Random(14));
        shuffled.sort(NameCollator.of(Language.KK));
        assertEquals(alphabet, shuffled);
    }

    @Test
    void eachKazakhLetterComesRightAfterItsBase() {
        NameCollator kk = NameCollator.of(Language.KK);
        String[][] pairs = {{"а", "ә", "б"}, {"г", "ғ", "д"}, {"к", "қ", "л"}, {"н", "ң", "о"}, {"о", "ө", "п"},
                {"у", "ұ", "ү"}, {"ұ", "ү", "ф"}, {"х", "һ", "ц"}, {"ы", "і", "ь"}};
        for (String[] p : pairs) {
            assertTrue(kk.compare(p[0], p[1]) < 0 && kk.compare(p[1], p[2]) < 0, String.join(" < ", p));
        }
    }

    @Test
    void caseDecidesNothingBetweenDifferentNames() {
        NameCollator kk = NameCollator.of(Language.KK);
        assertTrue(kk.compare("әлиев", "Бекова") < 0);
        assertTrue(kk.compare("АЛИЕВ", "Әлиев") < 0);
    }

    @Test
    void russianAndEnglishKeepTheirOwnOrder() {
        List<String> names = new ArrayList<>(List.of("Ёлкин", "Жуков", "Ежов", "Smith", "Абаев"));
        names.sort(NameCollator.of(Language.RU));
        assertEquals(List.of("Абаев", "Ежов", "Ёлкин", "Жуков", "Smith"), names);
        names.sort(NameCollator.of(Language.EN));
        assertEquals(List.of("Smith", "Абаев", "Ежов", "Ёлкин", "Жуков"), names);
    }

    @Test
    void ordersRecordsByTheirNames() {
        record Person(String name) {
        }
        List<Person> sorted = new ArrayList<>(List.of(new Person("Іргебаев"), new Person("Ыбыраев"),
                new Person("Әлиев"), new Person("Алиев")));
        sorted.sort(NameCollator.of(Language.KK).by(Person::name));
        assertEquals(List.of("Алиев", "Әлиев", "Ыбыраев", "Іргебаев"), sorted.stream().map(Person::name).toList());
    }
}
