package io.jobpilot.postings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {
    @Test
    void koreanRegionsMeetTheirEnglishNames() {
        assertThat(Places.keys("서울특별시 강남구")).contains("seoul", "서울특별시 강남구");
        assertThat(Places.keys("Seoul")).contains("seoul");
        assertThat(Places.keys("경상남도 창원시")).contains("gyeongnam", "changwon");
    }

    @Test
    void englishPlacesAreLowerCasedPartsWithAliases() {
        assertThat(Places.keys("New York, NY")).containsExactly("new york", "ny");
        assertThat(Places.keys("NYC")).contains("new york", "nyc");
        assertThat(Places.keys("  Queens   City / Remote")).contains("queens city", "queens", "remote");
    }

    @Test
    void partsWithNumbersOrNothingAreNotPlaces() {
        assertThat(Places.keys("Suite 300, Brooklyn")).containsExactly("brooklyn");
        assertThat(Places.keys(" ")).isEmpty();
        assertThat(Places.keys(null)).isEmpty();
    }
}
