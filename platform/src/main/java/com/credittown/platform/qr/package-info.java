/** QR codes (ZXing) of the platform's public links: credit report checks, shop listings. */
package com.credittown.platform.qr;
