// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerstyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace Kairos::MarkerStyle {

Shape shapeFor(Modality modality)
{
    switch (modality) {
    case Modality::Occurred:
        return Shape::Circle;
    case Modality::Ongoing:
    case Modality::InForce:
        return Shape::Square;
    case Modality::Announced:
    case Modality::Planned:
    case Modality::Expected:
        return Shape::Triangle;
    case Modality::UnderConsideration:
        return Shape::Diamond;
    case Modality::Claimed:
        return Shape::Pentagon;
    case Modality::Denied:
        return Shape::Star;
    }
    return Shape::Circle;
}

QScatterSeries::MarkerShape seriesShape(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case Shape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case Shape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case Shape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case Shape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    case Shape::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString shapeLabel(Shape shape)
{
    const char* text = "";
    switch (shape) {
    case Shape::Circle:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Occurred");
        break;
    case Shape::Square:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Ongoing, in force");
        break;
    case Shape::Triangle:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Announced, planned, expected");
        break;
    case Shape::Diamond:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Under consideration");
        break;
    case Shape::Pentagon:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Claimed");
        break;
    case Shape::Star:
        text = QT_TRANSLATE_NOOP("Kairos::MarkerStyle", "Denied");
        break;
    }
    return QCoreApplication::translate("Kairos::MarkerStyle", text);
}

QList<Shape> shapesFor(const QList<Modality>& modalities)
{
    QList<Shape> shapes;
    for (Shape shape : {Shape::Circle, Shape::Square, Shape::Triangle, Shape::Diamond, Shape::Pentagon, Shape::Star}) {
        for (Modality m : modalities) {
            if (shapeFor(m) == shape) {
                shapes << shape;
                break;
            }
        }
    }
    return shapes;
}

QPainterPath path(Shape shape, QPointF c, double size)
{
    QPainterPath p;
    const double r = size / 2;
    const auto polygon = [&](int corners, double startDegrees, double inner) {
        QPolygonF poly;
        const int points = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < points; ++i) {
            const double radius = (inner > 0 && i % 2) ? r * inner : r * 1.1;
            const double angle = (startDegrees + 360.0 * i / points) * M_PI / 180;
            poly << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
        p.addPolygon(poly);
        p.closeSubpath();
    };
    switch (shape) {
    case Shape::Circle:
        p.addEllipse(c, r, r);
        break;
    case Shape::Square:
        p.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case Shape::Triangle:
        polygon(3, -90, 0);
        p.translate(0, r * 0.15);
        break;
    case Shape::Diamond:
        polygon(4, -90, 0);
        break;
    case Shape::Pentagon:
        polygon(5, -90, 0);
        break;
    case Shape::Star:
        polygon(5, -90, 0.45);
        break;
    }
    return p;
}

void paint(QPainter* painter, Shape shape, QPointF centre, double size, const QColor& color, ReviewStatus status,
    const QColor& background)
{
    const QPainterPath outline = path(shape, centre, size);
    switch (status) {
    case ReviewStatus::Confirmed:
        painter->setPen(QPen(color.darker(130), 1));
        painter->setBrush(color);
        painter->drawPath(outline);
        break;
    case ReviewStatus::Proposed:
        painter->setPen(QPen(color, 1.8));
        painter->setBrush(background);
        painter->drawPath(outline);
        break;
    case ReviewStatus::Rejected: {
        QColor grey = color;
        grey.setHsv(color.hsvHue(), 20, 150, 150);
        painter->setPen(QPen(grey, 1.2));
        painter->setBrush(background);
        painter->drawPath(outline);
        const double r = size * 0.42;
        painter->drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r));
        painter->drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
        break;
    }
    }
}

} // namespace Kairos::MarkerStyle
