package com.credittown.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodesUnitTest {

    @Test
    void aPngDecodesBackToItsUrlWithChineseAndQuery() {
        String url = "https://credit.example.gov.cn/public/report-check?code=7K3MQ9XT2HDWA4RN&名=虎门";

        byte[] png = QrCodes.png(url, 240);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(QrCodeReader.decode(png)).isEqualTo(url);
    }

    @Test
    void theImageIsSquareAndAboutTheAskedSize() {
        BufferedImage image = QrCodes.image("http://localhost:8080/public/tenants/humen/shops/abc", 300);

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(290, 310);
        assertThat(QrCodeReader.decode(image)).isEqualTo("http://localhost:8080/public/tenants/humen/shops/abc");
    }

    @Test
    void emptyOrOverlongTextIsRefused() {
        assertThatThrownBy(() -> QrCodes.png("", 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png("x".repeat(QrCodes.MAX_LENGTH + 1), 200))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
