//! Part numbers as words: Chinese numerals (一, 十一, 二十三) and back.

/// `n` in Chinese numerals, as used in 第三篇; numbers from 1 to 99 get words, larger
/// ones stay in digits (no series has that many parts).
pub fn chinese(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[n % 10]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", DIGITS[n / 10]),
        20..=99 => format!("{}十{}", DIGITS[n / 10], DIGITS[n % 10]),
        _ => n.to_string(),
    }
}

/// Reads a part number written in Chinese numerals or digits; `None` otherwise.
pub fn parse(text: &str) -> Option<usize> {
    if let Ok(n) = text.parse::<usize>() {
        return Some(n);
    }
    let digit = |c: char| "零一二三四五六七八九".chars().position(|d| d == c);
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).filter(|d| *d > 0),
        ['十', ones] => Some(10 + digit(*ones)?),
        [tens, '十'] => Some(digit(*tens)? * 10),
        [tens, '十', ones] => Some(digit(*tens)? * 10 + digit(*ones)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_read_as_a_writer_writes_them() {
        let words: Vec<String> = [1, 3, 10, 11, 19, 20, 23, 99, 100]
            .into_iter()
            .map(chinese)
            .collect();
        assert_eq!(
            words,
            [
                "一",
                "三",
                "十",
                "十一",
                "十九",
                "二十",
                "二十三",
                "九十九",
                "100"
            ]
        );
    }

    #[test]
    fn parse_reads_back_every_numeral_it_writes() {
        for n in 1..=100 {
            assert_eq!(parse(&chinese(n)), Some(n));
        }
        assert_eq!(parse("零"), None);
        assert_eq!(parse("第三"), None);
    }
}
