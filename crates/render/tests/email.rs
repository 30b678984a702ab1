//! Tickets sent by e-mail to a real SMTP server on loopback, started by each test.

mod support;

use mail_parser::{MessageParser, MimeHeaders};
use sapar_domain::{FareRules, Lang};
use sapar_render::{
    fixtures, render_pdf, send_tickets, Layout, MailError, MailSecurity, MailSettings,
    TicketDocument,
};
use support::smtp_sink::{Behaviour, SmtpSink};
use support::{normalise, pdf_text, scratch, write_pdf};

const TO: &str = "aigerim.zhumabayeva@example.kz";

fn settings(port: u16) -> MailSettings {
    MailSettings {
        host: "127.0.0.1".into(),
        port,
        security: MailSecurity::Plain,
        username: None,
        password: None,
        from: "Sapar <tickets@sapar.example>".into(),
    }
}

fn talgo_docs(lang: Lang) -> Vec<TicketDocument> {
    let booking = fixtures::talgo_booking();
    (0..booking.tickets.len())
        .map(|i| {
            TicketDocument::from_booking(
                &booking,
                i,
                Some(&fixtures::ktz()),
                Some(&FareRules::ktz_long_distance()),
                lang,
            )
            .expect("a ticket of the fixture booking")
        })
        .collect()
}

#[tokio::test]
async fn tickets_arrive_in_the_passengers_language_with_the_pdf_attached() {
    let expectations = [
        (
            Lang::Kk,
            "Сіздің билеттеріңіз, 52918374 тапсырысы",
            "Хатқа 2 билет PDF файлы түрінде тіркелген.",
            "Нұрлы жол → Алматы-2",
        ),
        (
            Lang::Ru,
            "Ваши билеты, заказ 52918374",
            "К письму приложены 2 билета в одном PDF-файле.",
            "Нурлы Жол → Алматы-2",
        ),
        (
            Lang::En,
            "Your tickets, booking 52918374",
            "Your 2 tickets are attached to this e-mail as one PDF file.",
            "Nurly Zhol → Almaty-2",
        ),
    ];
    let dir = scratch();
    for (lang, subject, intro, route) in expectations {
        let sink = SmtpSink::start(Behaviour::default()).await;
        let docs = talgo_docs(lang);
        let pdf = render_pdf(&docs, Layout::A4).unwrap();
        send_tickets(&settings(sink.port), TO, lang, &docs, pdf.clone())
            .await
            .unwrap_or_else(|e| panic!("{lang}: {e}"));

        let received = sink.received();
        assert_eq!(received.len(), 1, "{lang}: one message");
        let mail = &received[0];
        assert_eq!(mail.to, vec![TO.to_string()]);
        assert_eq!(mail.from, "tickets@sapar.example");

        let message = MessageParser::default()
            .parse(&mail.data)
            .expect("a parsable e-mail");
        assert_eq!(message.subject(), Some(subject), "{lang}");
        let body = normalise(&message.body_text(0).expect("a text part"));
        assert!(body.contains(intro), "{lang}: {body}");
        assert!(body.contains(route), "{lang}: {body}");
        assert!(
            body.contains("72014986531") && body.contains("72014986532"),
            "{lang}: {body}"
        );

        let attachments: Vec<_> = message.attachments().collect();
        assert_eq!(attachments.len(), 1, "{lang}: one attachment");
        let part = attachments[0];
        assert_eq!(part.attachment_name(), Some("sapar-tickets-52918374.pdf"));
        let ctype = part.content_type().expect("a content type");
        assert_eq!(
            (ctype.ctype(), ctype.subtype()),
            ("application", Some("pdf"))
        );
        assert_eq!(
            part.contents(),
            pdf.as_slice(),
            "{lang}: the PDF arrives unchanged"
        );
        let path = write_pdf(dir.path(), &format!("mail-{lang}.pdf"), part.contents());
        let text = pdf_text(&path);
        assert!(
            text.contains("72014986531") && text.contains("ZHUMABAYEV ALIKHAN"),
            "{lang}: {text}"
        );
    }
}

#[tokio::test]
async fn a_login_is_used_when_configured_and_a_refused_login_is_not_retried() {
    let sink = SmtpSink::start(Behaviour::default()).await;
    let mut s = settings(sink.port);
    s.username = Some("agency".into());
    s.password = Some("correct horse".into());
    let docs = talgo_docs(Lang::En);
    let pdf = render_pdf(&docs[..1], Layout::Receipt80mm).unwrap();
    send_tickets(&s, TO, Lang::En, &docs[..1], pdf.clone())
        .await
        .unwrap();
    assert_eq!(sink.received().len(), 1);

    let refusing = SmtpSink::start(Behaviour {
        refuse_login: true,
        ..Behaviour::default()
    })
    .await;
    s.port = refusing.port;
    let err = send_tickets(&s, TO, Lang::En, &docs[..1], pdf)
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::AuthFailed { .. }), "{err:?}");
    assert!(!err.retryable());
    assert!(
        err.to_string()
            .contains("did not accept the user name or password"),
        "{err}"
    );
    assert!(refusing.received().is_empty());
}

#[tokio::test]
async fn an_unreachable_server_is_worth_retrying() {
    // A port that was just free: nothing listens there any more.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let docs = talgo_docs(Lang::Ru);
    let pdf = render_pdf(&docs[..1], Layout::A4).unwrap();
    let err = send_tickets(&settings(port), TO, Lang::Ru, &docs[..1], pdf)
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Unreachable { .. }), "{err:?}");
    assert!(err.retryable());
    let text = err.to_string();
    assert!(
        text.contains(&format!("cannot reach the mail server 127.0.0.1:{port}")),
        "{text}"
    );
    assert_eq!(err.code(), "mail_unreachable");
}

#[tokio::test]
async fn a_refused_recipient_is_a_clear_error_that_is_not_retried() {
    let sink = SmtpSink::start(Behaviour {
        refuse_recipients: true,
        ..Behaviour::default()
    })
    .await;
    let docs = talgo_docs(Lang::Kk);
    let pdf = render_pdf(&docs[..1], Layout::A4).unwrap();
    let err = send_tickets(&settings(sink.port), TO, Lang::Kk, &docs[..1], pdf)
        .await
        .unwrap_err();
    match &err {
        MailError::Refused { code, reason } => {
            assert_eq!(*code, 550);
            assert!(reason.contains("mailbox unavailable"), "{reason}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(!err.retryable());
    assert!(
        err.to_string()
            .starts_with("the mail server refused the message (code 550)"),
        "{err}"
    );
    assert!(sink.received().is_empty());
}

#[tokio::test]
async fn a_malformed_recipient_is_caught_before_connecting() {
    let docs = talgo_docs(Lang::En);
    // Port 9 (discard) is never contacted: the address is checked first.
    let err = send_tickets(
        &settings(9),
        "aigerim at example",
        Lang::En,
        &docs[..1],
        vec![],
    )
    .await
    .unwrap_err();
    assert!(matches!(err, MailError::BadAddress { .. }), "{err:?}");
    assert!(!err.retryable());
    assert!(
        err.to_string()
            .contains("“aigerim at example” is not a valid e-mail address"),
        "{err}"
    );
}
